import { useState } from 'react'
import type { DateOrder, RosterPreview } from '@shared/imports'
import { api } from '../../api'
import { SuccessBanner } from '../../components/StatusMessage'
import { formatDate } from '../../lib/dates'
import { CADENCE_LABELS } from '../reps/RepFormDialog'
import { FilePicker } from './FilePicker'
import { DateOrderChoice, ImportNotes, ImportTable, LineErrors } from './ImportFeedback'
import { useImportFile, type DropTarget } from './use-import-file'

const FIELD_LABELS: Record<keyof RosterPreview['fieldColumns'], string> = {
  name: 'Name',
  email: 'Email',
  role: 'Role',
  startDate: 'Start date',
  cadence: 'Cadence'
}

export function RosterImportPanel({ dropTargetRef }: { dropTargetRef: DropTarget }) {
  const [done, setDone] = useState('')
  const [chosenDateOrder, setChosenDateOrder] = useState<DateOrder | null>(null)
  const importing = useImportFile<RosterPreview, { dateOrder: DateOrder }>({
    readPreview: (chosen, options) => api['imports.previewRoster']({ ...chosen, ...options }),
    dropTargetRef,
    onNewFile: () => {
      setDone('')
      setChosenDateOrder(null)
    }
  })
  const { file, preview, busy, refresh, commit } = importing

  function addReps(current: RosterPreview) {
    return commit(`Adding ${current.totals.newReps} reps…`, async (chosen) => {
      const result = await api['imports.commitRoster']({ ...chosen, ...(chosenDateOrder ? { dateOrder: chosenDateOrder } : {}) })
      setDone(`Added ${result.reps.length === 1 ? '1 rep' : `${result.reps.length} reps`} to your team: ${result.reps.map((rep) => rep.name).join(', ')}.`)
    })
  }

  const canImport = preview !== null && preview.totals.errors === 0 && preview.totals.newReps > 0 && busy === ''
  return (
    <div className="import-panel">
      <FilePicker
        label="Choose a roster CSV"
        hint="One rep per line with columns Name, Email, Role, Start date and Cadence (weekly, biweekly or monthly). Reps already on your team are left unchanged."
        importing={importing}
      />
      <SuccessBanner message={done} />
      {preview && file && (
        <>
          <p className="import-summary">
            <strong>{preview.fileName}</strong> · {preview.totals.dataRows} rows → {preview.totals.newReps} new reps ·{' '}
            {preview.totals.errors === 1 ? '1 problem' : `${preview.totals.errors} problems`}
          </p>
          <p className="muted">
            Columns used:{' '}
            {(Object.keys(FIELD_LABELS) as Array<keyof RosterPreview['fieldColumns']>)
              .map((field) => `${FIELD_LABELS[field]} ← ${preview.fieldColumns[field] ?? 'none'}`)
              .join(' · ')}
          </p>
          <ImportNotes notes={preview.notes} />
          {preview.dateOrder && (
            <DateOrderChoice
              detection={preview.dateOrder}
              selected={chosenDateOrder}
              disabled={busy !== ''}
              onChange={(order) => {
                setChosenDateOrder(order)
                void refresh({ dateOrder: order })
              }}
            />
          )}
          <LineErrors errors={preview.errors} total={preview.totals.errors} />
          <section aria-labelledby="roster-preview-title">
            <h3 id="roster-preview-title">Reps to add</h3>
            {preview.newReps.length === 0 ? (
              <p className="empty">No new reps in this file.</p>
            ) : (
              <ImportTable columns={['Line', 'Name', 'Email', 'Role', 'Start date', 'Cadence']}>
                {preview.newReps.map((rep) => (
                  <tr key={rep.line}>
                    <td className="import-table__number">{rep.line}</td>
                    <td>{rep.name}</td>
                    <td>{rep.email || '—'}</td>
                    <td>{rep.role || '—'}</td>
                    <td>{rep.startDate ? formatDate(rep.startDate) : '—'}</td>
                    <td>{CADENCE_LABELS[rep.cadence]}</td>
                  </tr>
                ))}
              </ImportTable>
            )}
          </section>
          <div className="import-actions">
            <button type="button" className="button button--primary" disabled={!canImport} onClick={() => void addReps(preview)}>
              Add {preview.totals.newReps === 1 ? '1 rep' : `${preview.totals.newReps} reps`}
            </button>
          </div>
        </>
      )}
    </div>
  )
}

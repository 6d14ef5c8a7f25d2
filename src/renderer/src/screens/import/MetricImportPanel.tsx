import { useState } from 'react'
import type { DateOrder, MetricColumnMapping, MetricImportPreview } from '@shared/imports'
import { api } from '../../api'
import { formatDate } from '../../lib/dates'
import { hrefFor } from '../../lib/router'
import { FilePicker } from './FilePicker'
import { DateOrderChoice, ImportNotes, ImportTable, LineErrors } from './ImportFeedback'
import { MappingForm } from './MappingForm'
import { useImportFile, type DropTarget } from './use-import-file'

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const
const MATCH_WORDS = { email: 'by email', name: 'by name', close_name: 'by a close name' } as const

function checkInsText(count: number): string {
  return count === 1 ? '1 check-in' : `${count.toLocaleString()} check-ins`
}

interface Props {
  dropTargetRef: DropTarget
  onImported: () => void
}

type PreviewOptions = { mapping?: MetricColumnMapping; dateOrder?: DateOrder }

export function MetricImportPanel({ dropTargetRef, onImported }: Props) {
  // Sent only once the user switches it, so the detected order can follow a new mapping.
  const [chosenDateOrder, setChosenDateOrder] = useState<DateOrder | null>(null)
  const [done, setDone] = useState<{ message: string; reps: Array<{ id: number; name: string }> } | null>(null)
  const importing = useImportFile<MetricImportPreview, PreviewOptions>({
    readPreview: (chosen, options) => api['imports.previewMetrics']({ ...chosen, ...options }),
    dropTargetRef,
    onNewFile: () => {
      setDone(null)
      setChosenDateOrder(null)
    }
  })
  const { file, preview, busy, refresh, commit } = importing

  function optionsOf(current: MetricImportPreview, changes: PreviewOptions) {
    const dateOrder = changes.dateOrder ?? chosenDateOrder
    return { mapping: changes.mapping ?? current.mapping, ...(dateOrder ? { dateOrder } : {}) }
  }

  function chooseDateOrder(current: MetricImportPreview, order: DateOrder) {
    setChosenDateOrder(order)
    void refresh(optionsOf(current, { dateOrder: order }))
  }

  function importFile(current: MetricImportPreview) {
    return commit(`Importing ${checkInsText(current.totals.checkIns)}…`, async (chosen) => {
      const result = await api['imports.commitMetrics']({ ...chosen, ...optionsOf(current, {}) })
      const reps = new Map(current.checkIns.map((checkIn) => [checkIn.repId, checkIn.repName]))
      setDone({
        message: `Imported ${checkInsText(result.checkInsImported)} for ${result.repsUpdated === 1 ? '1 rep' : `${result.repsUpdated} reps`} from ${chosen.fileName}.`,
        reps: [...reps].map(([id, name]) => ({ id, name }))
      })
      onImported()
    })
  }

  const closeMatches = preview?.repMatches.filter((match) => match.how !== 'name') ?? []
  const canImport = preview !== null && preview.totals.errors === 0 && preview.totals.checkIns > 0 && busy === ''

  return (
    <div className="import-panel">
      <FilePicker
        label="Choose a CSV export from your CRM"
        hint="Salesforce, HubSpot or Pipedrive reports saved as CSV, up to 50 MB. You can also drop the file anywhere on this screen. Nothing is stored until you import."
        importing={importing}
      />
      {done && (
        <div className="banner banner--success" role="status">
          <p>
            {done.message} See their goals:{' '}
            {done.reps.map((rep, index) => (
              <span key={rep.id}>
                {index > 0 && ', '}
                <a href={hrefFor({ screen: 'rep', repId: rep.id })}>{rep.name}</a>
              </span>
            ))}
            .
          </p>
        </div>
      )}
      {preview && file && (
        <>
          <p className="import-summary">
            <strong>{preview.fileName}</strong> · {preview.sourceName} · {DELIMITER_NAMES[preview.delimiter]}-separated · {preview.totals.dataRows} rows →{' '}
            {checkInsText(preview.totals.checkIns)} · {preview.totals.errors === 1 ? '1 problem' : `${preview.totals.errors} problems`}
            {preview.mappingSource === 'remembered' && ' · using the mapping you chose last time for these columns'}
          </p>
          <ImportNotes notes={preview.notes} />
          {preview.dateOrder && (
            <DateOrderChoice detection={preview.dateOrder} selected={chosenDateOrder} disabled={busy !== ''} onChange={(order) => chooseDateOrder(preview, order)} />
          )}
          <MappingForm preview={preview} disabled={busy !== ''} onChange={(mapping) => void refresh(optionsOf(preview, { mapping }))} />
          {preview.unmatchedReps.length > 0 && (
            <section className="import-unmatched" aria-labelledby="unmatched-title">
              <h3 id="unmatched-title">Not on your team</h3>
              <ul>
                {preview.unmatchedReps.map((rep) => (
                  <li key={rep.value}>
                    “{rep.value}” (line {rep.lines.slice(0, 5).join(', ')}
                    {rep.lines.length > 5 ? ` and ${rep.lines.length - 5} more` : ''})
                  </li>
                ))}
              </ul>
              <p className="muted">Add these reps on the Team screen (or with the Rep roster tab), or correct the names in the file.</p>
            </section>
          )}
          {closeMatches.length > 0 && (
            <p className="muted">
              Matched {closeMatches.map((match) => `“${match.value}” to ${match.repName} ${MATCH_WORDS[match.how]}`).join('; ')}.
            </p>
          )}
          <LineErrors errors={preview.errors} total={preview.totals.errors} />
          <section aria-labelledby="import-preview-title">
            <h3 id="import-preview-title">
              {preview.checkIns.length < preview.totals.checkIns ? `The first ${preview.checkIns.length} check-ins, as they will be stored` : 'The check-ins, as they will be stored'}
            </h3>
            {preview.checkIns.length === 0 ? (
              <p className="empty">No value in this file belongs to a goal yet. Map a column to a goal metric above.</p>
            ) : (
              <ImportTable columns={['Line', 'Rep', 'Goal', 'Date', 'Value', 'In the file']}>
                {preview.checkIns.map((checkIn) => (
                  <tr key={`${checkIn.line}-${checkIn.goalId}`}>
                    <td className="import-table__number">{checkIn.line}</td>
                    <td>{checkIn.repName}</td>
                    <td>{checkIn.goalTitle}</td>
                    <td>{formatDate(checkIn.date)}</td>
                    <td className="import-table__number">{checkIn.value.toLocaleString()}</td>
                    <td className="muted">{checkIn.raw}</td>
                  </tr>
                ))}
              </ImportTable>
            )}
          </section>
          <div className="import-actions">
            <button type="button" className="button button--primary" disabled={!canImport} onClick={() => void importFile(preview)}>
              Import {checkInsText(preview.totals.checkIns)}
            </button>
            {preview.totals.errors > 0 && <p className="muted">Fix the problems listed above in the file, then choose it again.</p>}
          </div>
        </>
      )}
    </div>
  )
}

import { useEffect, useState, type RefObject } from 'react'
import type { ApiError } from '../../../../shared/api-error'
import type { DateOrder, MetricColumnMapping, MetricImportPreview } from '../../../../shared/imports'
import { api } from '../../api'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { formatDate } from '../../lib/dates'
import { hrefFor } from '../../lib/router'
import { asApiError } from '../../lib/use-query'
import { FilePicker, readChosenFile, type ChosenFile } from './FilePicker'
import { DateOrderChoice, ImportNotes, LineErrors } from './ImportFeedback'
import { MappingForm } from './MappingForm'

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const
const MATCH_WORDS = { email: 'by email', name: 'by name', close_name: 'by a close name' } as const

function checkInsText(count: number): string {
  return count === 1 ? '1 check-in' : `${count.toLocaleString()} check-ins`
}

interface Props {
  dropTargetRef: RefObject<((file: File) => void) | null>
  onImported: () => void
}

export function MetricImportPanel({ dropTargetRef, onImported }: Props) {
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [preview, setPreview] = useState<MetricImportPreview | null>(null)
  const [busy, setBusy] = useState('')
  const [error, setError] = useState<ApiError>()
  // Sent only once the user switches it, so the detected order can follow a new mapping.
  const [chosenDateOrder, setChosenDateOrder] = useState<DateOrder | null>(null)
  const [done, setDone] = useState<{ message: string; reps: Array<{ id: number; name: string }> } | null>(null)

  async function runPreview(chosen: ChosenFile, options: { mapping?: MetricColumnMapping; dateOrder?: DateOrder } = {}) {
    setBusy(`Reading ${chosen.fileName}…`)
    setError(undefined)
    try {
      setPreview(await api['imports.previewMetrics']({ ...chosen, ...options }))
    } catch (caught) {
      setPreview(null)
      setError(asApiError(caught))
    } finally {
      setBusy('')
    }
  }

  async function load(picked: File) {
    setDone(null)
    setChosenDateOrder(null)
    setPreview(null)
    setError(undefined)
    try {
      setBusy(`Reading ${picked.name}…`)
      const chosen = await readChosenFile(picked)
      setFile(chosen)
      await runPreview(chosen)
    } catch (caught) {
      setBusy('')
      setFile(null)
      setError(asApiError(caught))
    }
  }

  // A file dropped anywhere on the Import screen comes here.
  useEffect(() => {
    dropTargetRef.current = (dropped) => void load(dropped)
    return () => {
      dropTargetRef.current = null
    }
  })

  function optionsOf(current: MetricImportPreview, changes: { mapping?: MetricColumnMapping; dateOrder?: DateOrder }) {
    const dateOrder = changes.dateOrder ?? chosenDateOrder
    return { mapping: changes.mapping ?? current.mapping, ...(dateOrder ? { dateOrder } : {}) }
  }

  function chooseDateOrder(current: MetricImportPreview, order: DateOrder) {
    setChosenDateOrder(order)
    if (file) void runPreview(file, optionsOf(current, { dateOrder: order }))
  }

  async function commit() {
    if (!file || !preview) return
    setBusy(`Importing ${checkInsText(preview.totals.checkIns)}…`)
    setError(undefined)
    try {
      const result = await api['imports.commitMetrics']({ ...file, ...optionsOf(preview, {}) })
      const reps = new Map(preview.checkIns.map((checkIn) => [checkIn.repId, checkIn.repName]))
      setDone({
        message: `Imported ${checkInsText(result.checkInsImported)} for ${result.repsUpdated === 1 ? '1 rep' : `${result.repsUpdated} reps`} from ${file.fileName}.`,
        reps: [...reps].map(([id, name]) => ({ id, name }))
      })
      setPreview(null)
      setFile(null)
      onImported()
    } catch (caught) {
      setError(asApiError(caught))
    } finally {
      setBusy('')
    }
  }

  const closeMatches = preview?.repMatches.filter((match) => match.how !== 'name') ?? []
  const canImport = preview !== null && preview.totals.errors === 0 && preview.totals.checkIns > 0 && busy === ''

  return (
    <div className="import-panel">
      <FilePicker
        label="Choose a CSV export from your CRM"
        hint="Salesforce, HubSpot or Pipedrive reports saved as CSV, up to 50 MB. You can also drop the file anywhere on this screen. Nothing is stored until you import."
        onFile={(picked) => void load(picked)}
        disabled={busy !== ''}
      />
      {busy && <Loading label={busy} />}
      <ErrorBanner error={error} />
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
          <MappingForm preview={preview} disabled={busy !== ''} onChange={(mapping) => void runPreview(file, optionsOf(preview, { mapping }))} />
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
              <div className="table-wrap">
                <table className="import-table">
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Rep</th>
                      <th scope="col">Goal</th>
                      <th scope="col">Date</th>
                      <th scope="col">Value</th>
                      <th scope="col">In the file</th>
                    </tr>
                  </thead>
                  <tbody>
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
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <div className="import-actions">
            <button type="button" className="button button--primary" disabled={!canImport} onClick={() => void commit()}>
              Import {checkInsText(preview.totals.checkIns)}
            </button>
            {preview.totals.errors > 0 && <p className="muted">Fix the problems listed above in the file, then choose it again.</p>}
          </div>
        </>
      )}
    </div>
  )
}

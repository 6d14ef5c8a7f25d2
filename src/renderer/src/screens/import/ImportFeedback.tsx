// Pieces both import panels show: the detected date order with its switch, per-line errors and notes.
import { useId, type ReactNode } from 'react'
import type { DateOrder, DateOrderDetection, ImportLineError } from '@shared/imports'

/** `selected` shows the user's switch at once, while the file is read again in that order. */
export function DateOrderChoice({
  detection,
  selected,
  onChange,
  disabled
}: {
  detection: DateOrderDetection
  selected: DateOrder | null
  onChange: (order: DateOrder) => void
  disabled: boolean
}) {
  const order = selected ?? detection.order
  const explanationId = useId()
  return (
    <fieldset className={`import-dates${detection.ambiguous ? ' import-dates--ambiguous' : ''}`} aria-describedby={explanationId}>
      <legend>Dates like 03/04/2026 mean</legend>
      <label className="toggle">
        <input type="radio" name="date-order" checked={order === 'mdy'} disabled={disabled} onChange={() => onChange('mdy')} />
        Month first (March 4)
      </label>
      <label className="toggle">
        <input type="radio" name="date-order" checked={order === 'dmy'} disabled={disabled} onChange={() => onChange('dmy')} />
        Day first (3 April)
      </label>
      <p id={explanationId} className={detection.ambiguous ? 'warn-note' : 'muted'}>
        {detection.explanation}
      </p>
    </fieldset>
  )
}

export function LineErrors({ errors, total }: { errors: readonly ImportLineError[]; total: number }) {
  if (total === 0) return null
  return (
    <section className="import-errors" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">
        {total === 1 ? '1 problem' : `${total} problems`} to fix first: nothing is imported while any line has a problem
      </h3>
      <ImportTable columns={['Line', 'Problem']}>
        {errors.map((error, index) => (
          <tr key={`${error.line}-${index}`}>
            <td className="import-table__number">{error.line}</td>
            <td>{error.reason}</td>
          </tr>
        ))}
      </ImportTable>
      {total > errors.length && <p className="muted">Showing the first {errors.length} of {total} problems.</p>}
    </section>
  )
}

export function ImportNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null
  return (
    <ul className="import-notes" aria-label="What was skipped">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  )
}

/** A table of file lines (errors, check-ins, reps), scrolling sideways when it is too wide. */
export function ImportTable({ columns, children }: { columns: readonly string[]; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="import-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

import { useId } from 'react'
import type { MetricColumnMapping, MetricImportPreview } from '@shared/imports'

const NONE = ''

/** Which column names the rep, which holds the date, and which goal metric each other column feeds. */
export function MappingForm({ preview, disabled, onChange }: { preview: MetricImportPreview; disabled: boolean; onChange: (mapping: MetricColumnMapping) => void }) {
  const { mapping, columns, metricChoices } = preview
  const idPrefix = useId()
  const metricOf = (column: string) => mapping.metricColumns.find((entry) => entry.column === column)?.metric ?? NONE
  // Only columns of numbers can feed a metric (a name or email column never can); one mapped by a remembered mapping stays, to be unmapped.
  const otherColumns = columns.filter(
    (column) => column !== mapping.repColumn && column !== mapping.dateColumn && (preview.numberColumns.includes(column) || mapping.metricColumns.some((entry) => entry.column === column))
  )

  function setRole(role: 'repColumn' | 'dateColumn', column: string) {
    const chosen = column === NONE ? null : column
    onChange({ ...mapping, [role]: chosen, metricColumns: mapping.metricColumns.filter((entry) => entry.column !== chosen) })
  }

  function setMetric(column: string, metric: string) {
    const others = mapping.metricColumns.filter((entry) => entry.column !== column)
    const metricColumns = metric === NONE ? others : [...others, { column, metric }]
    metricColumns.sort((a, b) => columns.indexOf(a.column) - columns.indexOf(b.column))
    onChange({ ...mapping, metricColumns })
  }

  return (
    <fieldset className="import-mapping">
      <legend>Columns</legend>
      <div className="import-mapping__grid">
        <ColumnChoice id={`${idPrefix}-rep`} label="Rep column (email or name)" value={mapping.repColumn} columns={columns} disabled={disabled} onChange={(column) => setRole('repColumn', column)} />
        <ColumnChoice id={`${idPrefix}-date`} label="Date column" value={mapping.dateColumn} columns={columns} disabled={disabled} onChange={(column) => setRole('dateColumn', column)} />
        {otherColumns.map((column, index) => (
          <div key={column} className="field">
            <label className="field__label" htmlFor={`${idPrefix}-metric-${index}`}>“{column}” feeds</label>
            <select id={`${idPrefix}-metric-${index}`} value={metricOf(column)} disabled={disabled} onChange={(event) => setMetric(column, event.target.value)}>
              <option value={NONE}>Not imported</option>
              {metricChoices.map((choice) => (
                <option key={choice.metric} value={choice.metric}>
                  {choice.metric} ({choice.repNames.join(', ')})
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

function ColumnChoice({ id, label, value, columns, disabled, onChange }: { id: string; label: string; value: string | null; columns: string[]; disabled: boolean; onChange: (column: string) => void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value ?? NONE} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        <option value={NONE}>Choose a column</option>
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </div>
  )
}

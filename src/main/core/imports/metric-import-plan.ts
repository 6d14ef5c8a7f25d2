// Turns the records of a metrics export, with a column mapping, into the goal check-ins they
// mean, and every reason a line cannot be imported. Nothing here writes: the same plan is shown
// as the preview and stored by the commit.
import type { DateOrder, DateOrderDetection, ImportLineError, MetricColumnMapping, PlannedCheckIn, RepMatch, UnmatchedRep } from '@shared/imports'
import { numberStyleShownBy, readNumber } from '@shared/numbers'
import type { ImportableGoal, ImportedValue } from '../repositories/metric-imports-repository'
import { detectDateOrder, parseCrmDate } from './crm-date'
import { REP_HEADER } from './metric-columns'
import type { CsvTable } from './read-csv-text'
import type { RepMatcher } from './rep-matching'

export interface MetricImportPlan {
  dateOrder: DateOrderDetection | null
  checkIns: PlannedCheckIn[]
  errors: ImportLineError[]
  repMatches: RepMatch[]
  unmatchedReps: UnmatchedRep[]
  notes: string[]
}

function columnValues(table: CsvTable, index: number): string[] {
  return table.records.map((record) => record.values[index] ?? '')
}

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 5).join(', ')
  return lines.length > 5 ? `${shown} and ${lines.length - 5} more` : shown
}

export function planMetricImport(
  table: CsvTable,
  mapping: MetricColumnMapping,
  matcher: RepMatcher,
  goals: readonly ImportableGoal[],
  chosenDateOrder?: DateOrder,
  alreadyImported: ReadonlyMap<string, ImportedValue> = new Map()
): MetricImportPlan {
  const errors: ImportLineError[] = [...table.errors]
  const notes: string[] = []
  const checkIns: PlannedCheckIn[] = []
  const repIndex = mapping.repColumn === null ? -1 : table.columns.indexOf(mapping.repColumn)
  const dateIndex = mapping.dateColumn === null ? -1 : table.columns.indexOf(mapping.dateColumn)
  const metricColumns = mapping.metricColumns
    .map((entry) => ({ ...entry, index: table.columns.indexOf(entry.column) }))
    .filter((entry) => entry.index !== -1 && entry.metric.trim() !== '')
  if (repIndex === -1) errors.push({ line: table.headerLine, reason: 'Choose the column that names the rep (by email or name).' })
  if (dateIndex === -1) errors.push({ line: table.headerLine, reason: 'Choose the column that holds the date of each value.' })
  if (metricColumns.length === 0) errors.push({ line: table.headerLine, reason: 'Map at least one column of numbers to a goal metric.' })
  const columnOfMetric = new Map<string, string>()
  for (const entry of metricColumns) {
    const other = columnOfMetric.get(entry.metric.trim())
    if (other !== undefined) {
      errors.push({ line: table.headerLine, reason: `Both “${other}” and “${entry.column}” are mapped to “${entry.metric}”. Map one of them to another metric or leave it out.` })
    }
    columnOfMetric.set(entry.metric.trim(), entry.column)
  }

  const fallbackOrder: DateOrder = table.delimiter === ';' ? 'dmy' : 'mdy'
  const dateOrder = dateIndex === -1 ? null : detectDateOrder(columnValues(table, dateIndex), fallbackOrder, chosenDateOrder)
  const order = dateOrder?.order ?? fallbackOrder
  // Each column's decimal mark as its own values show it, else as the file's other number columns
  // show it; when nothing shows it, a value like 1,200 that reads both ways is refused.
  const columnStyles = metricColumns.map((entry) => numberStyleShownBy(columnValues(table, entry.index)))
  const shownStyles = columnStyles.filter((style) => style !== 'either')
  const fileStyle = shownStyles.length === 0 ? 'either' : numberStyleShownBy(metricColumns.filter((_, position) => columnStyles[position] !== 'either').flatMap((entry) => columnValues(table, entry.index)))
  const numberStyles = columnStyles.map((style) => (style === 'either' ? fileStyle : style))

  const goalsByRepMetric = new Map<string, ImportableGoal>()
  for (const goal of goals) {
    const key = `${goal.repId}\u0001${goal.metric.trim()}`
    if (!goalsByRepMetric.has(key)) goalsByRepMetric.set(key, goal)
  }
  const repMatches = new Map<string, RepMatch>()
  const unmatched = new Map<string, number[]>()
  const withoutGoal = new Map<string, { repName: string; metric: string; lines: number[] }>()
  const seen = new Map<string, number>()
  const unchanged: number[] = []

  // A row whose rep column is empty is matched by another column that names the rep (Owner Email
  // empty, Owner Name filled): whichever is there.
  const mappedIndexes = new Set([repIndex, dateIndex, ...metricColumns.map((entry) => entry.index)])
  const otherRepIndexes = table.columns.map((column, index) => (REP_HEADER.test(column) && !mappedIndexes.has(index) ? index : -1)).filter((index) => index !== -1)
  const otherRepValue = (values: readonly string[]) =>
    otherRepIndexes.map((index) => values[index]?.trim() ?? '').find((value) => value !== '' && matcher.find(value) !== null) ?? ''

  if (repIndex !== -1 && dateIndex !== -1 && metricColumns.length > 0 && columnOfMetric.size === metricColumns.length) {
    for (const record of table.records) {
      const repValue = record.values[repIndex]?.trim() || otherRepValue(record.values)
      const dateValue = record.values[dateIndex]?.trim() ?? ''
      if (repValue === '') {
        const others = otherRepIndexes.map((index) => `“${table.columns[index]}”`)
        errors.push({
          line: record.line,
          reason: `The rep column “${mapping.repColumn}” is empty on this line${others.length > 0 ? ` and ${others.join(', ')} names no rep on your team` : ''}.`
        })
        continue
      }
      const found = matcher.find(repValue)
      if (!found) {
        const lines = unmatched.get(repValue) ?? []
        lines.push(record.line)
        unmatched.set(repValue, lines)
        errors.push({ line: record.line, reason: `“${repValue}” is not a rep on your team. Add the rep, or correct the name or email in the file.` })
        continue
      }
      if (!repMatches.has(repValue)) repMatches.set(repValue, { value: repValue, repId: found.rep.id, repName: found.rep.name, how: found.how })
      const date = parseCrmDate(dateValue, order)
      if (date === null) {
        errors.push({
          line: record.line,
          reason:
            dateValue === ''
              ? `The date column “${mapping.dateColumn}” is empty on this line.`
              : `“${dateValue}” in “${mapping.dateColumn}” is not a date Kept can read ${order === 'mdy' ? 'month first' : 'day first'} (for example 2026-11-20).`
        })
        continue
      }
      metricColumns.forEach((entry, position) => {
        const raw = record.values[entry.index]?.trim() ?? ''
        if (raw === '') return
        const reading = readNumber(raw, { style: numberStyles[position], currency: 'any', column: entry.column })
        if (!reading.ok || reading.value === null) {
          errors.push({ line: record.line, reason: reading.ok ? `“${raw}” in “${entry.column}” is not a number.` : reading.message })
          return
        }
        const value = reading.value
        const goal = goalsByRepMetric.get(`${found.rep.id}\u0001${entry.metric.trim()}`)
        if (!goal) {
          const key = `${found.rep.id}\u0001${entry.metric}`
          const skipped = withoutGoal.get(key) ?? { repName: found.rep.name, metric: entry.metric, lines: [] }
          skipped.lines.push(record.line)
          withoutGoal.set(key, skipped)
          return
        }
        const key = `${goal.id}\u0001${date}`
        const earlier = seen.get(key)
        if (earlier !== undefined) {
          errors.push({
            line: record.line,
            reason: `This line repeats ${found.rep.name}’s “${goal.metric}” for ${date}, already given on line ${earlier}. Keep one of the two lines.`
          })
          return
        }
        seen.set(key, record.line)
        const earlierImport = alreadyImported.get(key)
        if (earlierImport && earlierImport.value === value) {
          unchanged.push(record.line)
          return
        }
        if (earlierImport) {
          errors.push({
            line: record.line,
            reason: `${found.rep.name}’s “${goal.metric}” for ${date} was already imported from ${earlierImport.fileName} as ${earlierImport.value}, not ${value}. Undo that import first, or leave this line out.`
          })
          return
        }
        checkIns.push({ line: record.line, repId: found.rep.id, repName: found.rep.name, goalId: goal.id, goalTitle: goal.title, metric: goal.metric, date, value, raw })
      })
    }
  }
  for (const skipped of withoutGoal.values()) {
    notes.push(`${skipped.repName} has no goal measured by “${skipped.metric}”: skipped ${skipped.lines.length === 1 ? 'the value' : `${skipped.lines.length} values`} on line ${lineList(skipped.lines)}.`)
  }
  if (unchanged.length > 0) {
    notes.push(`${unchanged.length === 1 ? '1 value was' : `${unchanged.length} values were`} already imported with the same number and ${unchanged.length === 1 ? 'is' : 'are'} skipped (line ${lineList(unchanged)}).`)
  }
  errors.sort((a, b) => a.line - b.line)
  return {
    dateOrder,
    checkIns,
    errors,
    repMatches: [...repMatches.values()],
    unmatchedReps: [...unmatched].map(([value, lines]) => ({ value, lines })),
    notes
  }
}

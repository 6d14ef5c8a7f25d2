// Guesses what each column of a metrics export means: the one naming the rep (the column whose
// values match the most reps, emails preferred), the date column, and which number columns
// measure which goal metric (by the words the header shares with the goal's metric or title).
import type { MetricChoice, MetricColumnMapping } from '@shared/imports'
import { isNumberCell } from '@shared/numbers'
import type { ImportableGoal, RepForImport } from '../repositories/metric-imports-repository'
import { parseCrmDate } from './crm-date'
import type { CsvRecord } from './read-csv-text'
import type { RepMatcher } from './rep-matching'
import { normalizeText, tokensOf } from './text-similarity'

const SAMPLE_SIZE = 200
/** Headers of columns that may name the rep: by email (Owner Email) or by name (Owner Name). */
export const REP_HEADER = /\b(owner|rep|representative|salesperson|seller|user|assigned|account executive|ae|sdr|email|name)\b/i
const DATE_HEADER = /\b(date|day|period|month|as of|week|closed?|when)\b/i

function columnSample(records: readonly CsvRecord[], index: number): string[] {
  const sample: string[] = []
  for (const record of records) {
    const value = record.values[index]?.trim() ?? ''
    if (value !== '') sample.push(value)
    if (sample.length >= SAMPLE_SIZE) break
  }
  return sample
}

function share(values: readonly string[], test: (value: string) => boolean): number {
  if (values.length === 0) return 0
  return values.filter(test).length / values.length
}

/** The distinct metrics of the team's goals, for the mapping's choices. */
export function metricChoicesOf(goals: readonly ImportableGoal[], reps: readonly RepForImport[]): MetricChoice[] {
  const names = new Map(reps.map((rep) => [rep.id, rep.name]))
  const choices = new Map<string, MetricChoice>()
  for (const goal of goals) {
    const metric = goal.metric.trim()
    const choice = choices.get(metric) ?? { metric, goalCount: 0, repNames: [] }
    choice.goalCount += 1
    const repName = names.get(goal.repId)
    if (repName && !choice.repNames.includes(repName)) choice.repNames.push(repName)
    choices.set(metric, choice)
  }
  return [...choices.values()].sort((a, b) => a.metric.localeCompare(b.metric))
}

/** How well a column header names a goal's metric (0 to 1). */
export function headerMetricScore(header: string, goal: Pick<ImportableGoal, 'metric' | 'title'>): number {
  const headerTokens = new Set(tokensOf(header))
  const score = (text: string): number => {
    const tokens = new Set(tokensOf(text))
    if (headerTokens.size === 0 || tokens.size === 0) return 0
    let shared = 0
    for (const token of headerTokens) if (tokens.has(token)) shared += 1
    return (0.7 * shared) / Math.min(headerTokens.size, tokens.size) + (0.3 * shared) / Math.max(headerTokens.size, tokens.size)
  }
  return Math.max(score(goal.metric), 0.9 * score(goal.title))
}

export function detectMetricMapping(
  columns: readonly string[],
  records: readonly CsvRecord[],
  matcher: RepMatcher,
  goals: readonly ImportableGoal[]
): MetricColumnMapping {
  const samples = columns.map((_, index) => columnSample(records, index))

  let repColumn: string | null = null
  let bestRep = 0
  columns.forEach((column, index) => {
    const found = samples[index]!.map((value) => matcher.find(value))
    // Out of every sampled line, blanks included: an email column empty on some lines loses to a name column filled on all.
    const matched = found.filter((match) => match !== null).length / Math.max(1, found.length, Math.min(records.length, SAMPLE_SIZE))
    const byEmail = found.some((match) => match?.how === 'email') ? 0.01 : 0
    const score = matched > 0 ? matched + byEmail : REP_HEADER.test(column) && share(samples[index]!, (value) => !isNumberCell(value)) > 0.8 ? 0.001 : 0
    if (score > bestRep) {
      bestRep = score
      repColumn = column
    }
  })

  let dateColumn: string | null = null
  let bestDate = 0
  columns.forEach((column, index) => {
    if (column === repColumn) return
    const dates = share(samples[index]!, (value) => parseCrmDate(value, 'mdy') !== null || parseCrmDate(value, 'dmy') !== null)
    const score = dates >= 0.8 ? dates + (DATE_HEADER.test(column) ? 0.5 : 0) : 0
    if (score > bestDate) {
      bestDate = score
      dateColumn = column
    }
  })

  const metricColumns: MetricColumnMapping['metricColumns'] = []
  columns.forEach((column, index) => {
    if (column === repColumn || column === dateColumn) return
    const sample = samples[index]!
    if (sample.length === 0 || share(sample, isNumberCell) < 0.8) return
    let best: { metric: string; score: number } | null = null
    for (const goal of goals) {
      const score = headerMetricScore(column, goal)
      if (score >= 0.5 && (!best || score > best.score)) best = { metric: goal.metric.trim(), score }
    }
    if (best) metricColumns.push({ column, metric: best.metric })
  })
  return { repColumn, dateColumn, metricColumns }
}

/** The columns whose values are numbers (in either way of writing): the only ones a metric can be read from. */
export function numberColumnsOf(columns: readonly string[], records: readonly CsvRecord[]): string[] {
  return columns.filter((_, index) => {
    const sample = columnSample(records, index)
    return sample.length > 0 && share(sample, isNumberCell) >= 0.8
  })
}

/**
 * A remembered mapping in terms of this file's own column names (headers that differ only in
 * case, accents or spacing are the same column); null when a column it names is missing.
 */
export function adaptMapping(mapping: MetricColumnMapping, columns: readonly string[]): MetricColumnMapping | null {
  const byKey = new Map(columns.map((column) => [normalizeText(column), column]))
  const find = (column: string) => byKey.get(normalizeText(column))
  const repColumn = mapping.repColumn === null ? null : find(mapping.repColumn)
  const dateColumn = mapping.dateColumn === null ? null : find(mapping.dateColumn)
  const metricColumns = mapping.metricColumns.map((entry) => ({ column: find(entry.column), metric: entry.metric }))
  if (repColumn === undefined || dateColumn === undefined || metricColumns.some((entry) => entry.column === undefined)) return null
  return { repColumn, dateColumn, metricColumns: metricColumns as MetricColumnMapping['metricColumns'] }
}

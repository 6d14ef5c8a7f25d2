// Types of CSV imports: CRM metrics into goal check-ins, and a rep roster into the team.
import type { Cadence } from './domain'

/** Files larger than this are refused before parsing. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024

export const DATE_ORDERS = ['mdy', 'dmy'] as const
/** How a date like 03/04/2026 is read: month first (US) or day first (European). */
export type DateOrder = (typeof DATE_ORDERS)[number]

export type CsvDelimiter = ',' | ';' | '\t'

/** A problem on one line of the file (1-based, as a text editor counts). */
export interface ImportLineError {
  line: number
  reason: string
}

export interface DateOrderDetection {
  order: DateOrder
  /** True when every date in the file reads both ways, so the choice is a guess the user may switch. */
  ambiguous: boolean
  /** Plain words on why this order was chosen. */
  explanation: string
}

/** Which columns mean what; each metric column feeds the goals measured by `metric`. */
export interface MetricColumnMapping {
  repColumn: string | null
  dateColumn: string | null
  metricColumns: Array<{ column: string; metric: string }>
}

export type RepMatchKind = 'email' | 'name' | 'close_name'

export interface RepMatch {
  /** The value in the file. */
  value: string
  repId: number
  repName: string
  how: RepMatchKind
}

export interface UnmatchedRep {
  value: string
  lines: number[]
}

/** A metric of the team's goals a column can be mapped to. */
export interface MetricChoice {
  metric: string
  goalCount: number
  repNames: string[]
}

/** One check-in as it will be stored. */
export interface PlannedCheckIn {
  line: number
  repId: number
  repName: string
  goalId: number
  goalTitle: string
  metric: string
  date: string
  value: number
  /** The cell as written in the file. */
  raw: string
}

export interface MetricImportPreview {
  fileName: string
  sourceName: string
  headerSignature: string
  delimiter: CsvDelimiter
  columns: string[]
  /** The columns that hold numbers: the only ones offered as metrics (never a name or email column). */
  numberColumns: string[]
  dateOrder: DateOrderDetection | null
  mapping: MetricColumnMapping
  mappingSource: 'remembered' | 'detected' | 'chosen'
  metricChoices: MetricChoice[]
  repMatches: RepMatch[]
  unmatchedReps: UnmatchedRep[]
  /** The first check-ins, as they will be stored. */
  checkIns: PlannedCheckIn[]
  totals: { dataRows: number; checkIns: number; errors: number }
  /** The first errors (all of them are counted in `totals.errors`). */
  errors: ImportLineError[]
  /** What was skipped on purpose: report title lines, totals footers, blank lines. */
  notes: string[]
}

export interface MetricImportSummary {
  id: number
  sourceName: string
  fileName: string
  rowsImported: number
  importedAt: string
  undoneAt: string | null
}

export interface RosterEntry {
  line: number
  name: string
  email: string
  role: string
  startDate: string | null
  cadence: Cadence
}

export interface RosterPreview {
  fileName: string
  delimiter: CsvDelimiter
  columns: string[]
  dateOrder: DateOrderDetection | null
  /** Which file column feeds each rep field (null when the file has none). */
  fieldColumns: Record<'name' | 'email' | 'role' | 'startDate' | 'cadence', string | null>
  /** Reps that will be added. */
  newReps: RosterEntry[]
  /** Rows for reps already on the team (same email or name): left unchanged. */
  existingReps: Array<{ line: number; name: string }>
  totals: { dataRows: number; newReps: number; errors: number }
  errors: ImportLineError[]
  notes: string[]
}

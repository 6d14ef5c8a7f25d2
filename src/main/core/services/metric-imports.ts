// Importing CRM metrics from a CSV export: preview (nothing written), an all-or-nothing commit
// that records the import and its goal check-ins, the list of past imports, and undo.
import { followSuggestedStatus } from './goal-editor'
import { ApiError } from '@shared/api-error'
import { plural } from '@shared/words'
import type { DateOrder, MetricColumnMapping, MetricImportPreview, MetricImportSummary } from '@shared/imports'
import { timestampOf } from '../clock'
import { notFound } from '../errors'
import { detectSourceName } from '../imports/detect-source'
import { headerSignature } from '../imports/header-signature'
import { adaptMapping, detectMetricMapping, metricChoicesOf, numberColumnsOf } from '../imports/metric-columns'
import { planMetricImport, type MetricImportPlan } from '../imports/metric-import-plan'
import { CsvFileError, readCsvText, type CsvTable } from '../imports/read-csv-text'
import { createRepMatcher } from '../imports/rep-matching'
import {
  findMetricImport,
  findRememberedMapping,
  insertMetricImport,
  listImportableGoals,
  listImportedValues,
  listMetricImports,
  listRepsForImport,
  rememberMapping,
  undoMetricImport
} from '../repositories/metric-imports-repository'
import { conflict } from './service-errors'
import type { ServiceContext } from './service-context'

export interface MetricImportRequest {
  fileName: string
  text: string
  dateOrder?: DateOrder | undefined
  mapping?: MetricColumnMapping | undefined
}

const PREVIEW_CHECK_INS = 50
const PREVIEW_ERRORS = 200

export function unreadableFile(error: unknown): never {
  if (error instanceof CsvFileError) throw new ApiError({ code: 'invalid_input', message: error.message, fieldErrors: { text: error.message } })
  throw error
}

export function readImportFile(text: string): CsvTable {
  try {
    return readCsvText(text)
  } catch (error) {
    return unreadableFile(error)
  }
}

interface FullPreview {
  preview: MetricImportPreview
  plan: MetricImportPlan
  table: CsvTable
}

/** Reads, maps and plans an import; the mapping is the one given, else the one remembered for these headers, else a guess. */
export function planImportOf(context: ServiceContext, request: MetricImportRequest): FullPreview {
  const { db } = context
  const table = readImportFile(request.text)
  const signature = headerSignature(table.columns)
  const reps = listRepsForImport(db)
  const goals = listImportableGoals(db)
  const matcher = createRepMatcher(reps)
  const rememberedMapping = findRememberedMapping(db, signature)
  const remembered = rememberedMapping ? adaptMapping(rememberedMapping, table.columns) : null
  let mapping: MetricColumnMapping
  let mappingSource: MetricImportPreview['mappingSource']
  if (request.mapping) {
    mapping = request.mapping
    mappingSource = 'chosen'
  } else if (remembered) {
    mapping = remembered
    mappingSource = 'remembered'
  } else {
    mapping = detectMetricMapping(table.columns, table.records, matcher, goals)
    mappingSource = 'detected'
  }
  const plan = planMetricImport(table, mapping, matcher, goals, request.dateOrder, listImportedValues(db))
  const preview: MetricImportPreview = {
    fileName: request.fileName,
    sourceName: detectSourceName(table),
    headerSignature: signature,
    delimiter: table.delimiter,
    columns: table.columns,
    numberColumns: numberColumnsOf(table.columns, table.records),
    dateOrder: plan.dateOrder,
    mapping,
    mappingSource,
    metricChoices: metricChoicesOf(goals, reps),
    repMatches: plan.repMatches,
    unmatchedReps: plan.unmatchedReps,
    checkIns: plan.checkIns.slice(0, PREVIEW_CHECK_INS),
    totals: { dataRows: table.records.length + table.errors.length, checkIns: plan.checkIns.length, errors: plan.errors.length },
    errors: plan.errors.slice(0, PREVIEW_ERRORS),
    notes: [...table.notes, ...plan.notes]
  }
  return { preview, plan, table }
}

export function previewMetricImport(context: ServiceContext, request: MetricImportRequest): MetricImportPreview {
  return planImportOf(context, request).preview
}

export interface CommittedImport {
  import: MetricImportSummary
  checkInsImported: number
  repsUpdated: number
}

/** Stores every check-in of the file, or none: any error refuses the whole import. */
export function commitMetricImport(context: ServiceContext, request: MetricImportRequest): CommittedImport {
  const { db } = context
  const { preview, plan } = planImportOf(context, request)
  if (plan.errors.length > 0) {
    const first = plan.errors[0]!
    throw new ApiError({
      code: 'invalid_input',
      message: `Nothing was imported: ${plural(plan.errors.length, 'problem')} in ${request.fileName} (line ${first.line}: ${first.reason}) Fix the file or the mapping, then import again.`
    })
  }
  if (plan.checkIns.length === 0) {
    const reason = preview.notes.some((note) => note.includes('already imported'))
      ? `every value in ${request.fileName} was already imported.`
      : `no value in ${request.fileName} belongs to a goal of your team. Check the column mapping.`
    throw new ApiError({ code: 'invalid_input', message: `Nothing was imported: ${reason}` })
  }
  const now = timestampOf(context.clock)
  const importId = db.transaction(() => {
    const id = insertMetricImport(
      db,
      { sourceName: preview.sourceName, fileName: request.fileName, signature: preview.headerSignature, mapping: preview.mapping, checkIns: plan.checkIns },
      now
    )
    rememberMapping(db, preview.headerSignature, preview.sourceName, preview.mapping, now)
    // Goals that follow the pace take the status the new values suggest (Team counts stored statuses).
    for (const goalId of new Set(plan.checkIns.map((checkIn) => checkIn.goalId))) followSuggestedStatus(db, goalId, now)
    return id
  })()
  return {
    import: findMetricImport(db, importId)!,
    checkInsImported: plan.checkIns.length,
    repsUpdated: new Set(plan.checkIns.map((checkIn) => checkIn.repId)).size
  }
}

export function listImports(context: ServiceContext, limit = 50): MetricImportSummary[] {
  return listMetricImports(context.db, limit)
}

/** Removes every check-in an import wrote; the import stays in the list, marked undone. */
export function undoImport(context: ServiceContext, importId: number): { import: MetricImportSummary; checkInsRemoved: number } {
  const { db } = context
  const existing = findMetricImport(db, importId)
  if (!existing) throw notFound('This import')
  if (existing.undoneAt !== null) throw conflict(`The import of ${existing.fileName} was already undone.`)
  const now = timestampOf(context.clock)
  const removed = db.transaction(() => {
    const goalIds = db.prepare('SELECT DISTINCT goal_id FROM goal_checkins WHERE import_id = ?').pluck().all(importId) as number[]
    const count = undoMetricImport(db, importId, now)
    for (const goalId of goalIds) followSuggestedStatus(db, goalId, now)
    return count
  })()
  return { import: findMetricImport(db, importId)!, checkInsRemoved: removed }
}

// `kept import-metrics FILE --db DB [--dry-run] [--json]`: imports a CRM export into goal
// check-ins with the mapping remembered for its headers, or the detected one. --dry-run only
// reads: it opens the database read-only and prints the records exactly as parsed.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { ApiError } from '@shared/api-error'
import { IMPORT_MAX_BYTES } from '@shared/imports'
import { systemClock } from '../../core/clock'
import { openDatabase } from '../../core/db/open-database'
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations'
import { delimiterName } from '../../core/imports/read-csv-text'
import { createMemoryPreferencesStore } from '../../core/preferences/preferences-store'
import { commitMetricImport, planImportOf } from '../../core/services/metric-imports'
import type { ServiceContext } from '../../core/services/service-context'
import { CliError, type CliCommand, type CliIo } from '../cli-command'

function readExport(path: string): string {
  if (!existsSync(path)) throw new CliError(`there is no file at ${path}.`)
  const size = statSync(path).size
  if (size > IMPORT_MAX_BYTES) {
    throw new CliError(`${basename(path)} is ${(size / 1024 / 1024).toFixed(0)} MB; Kept imports files up to 50 MB. Export a shorter period or fewer columns.`)
  }
  return readFileSync(path, 'utf8')
}

function contextOf(db: Database.Database): ServiceContext {
  return { db, clock: systemClock, preferences: createMemoryPreferencesStore() }
}

function failure(error: unknown): never {
  if (error instanceof ApiError) throw new CliError(error.message)
  throw error
}

function printErrors(io: CliIo, errors: ReadonlyArray<{ line: number; reason: string }>): void {
  for (const error of errors) io.stderr(`line ${error.line}: ${error.reason}\n`)
}

function dryRun(io: CliIo, dbPath: string, fileName: string, text: string, json: boolean): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    const version = db.pragma('user_version', { simple: true }) as number
    if (version !== LATEST_SCHEMA_VERSION) {
      throw new CliError(`${basename(dbPath)} uses schema version ${version}, not ${LATEST_SCHEMA_VERSION}. Open it once in Kept (or import without --dry-run) to upgrade it.`)
    }
    let planned: ReturnType<typeof planImportOf>
    try {
      planned = planImportOf(contextOf(db), { fileName, text })
    } catch (error) {
      failure(error)
    }
    const { table, plan, preview } = planned
    if (json) {
      const rows = table.records.map((record) => Object.fromEntries(table.columns.map((column, index) => [column, record.values[index] ?? ''])))
      io.stdout(`${JSON.stringify({ columns: table.columns, rows, errors: plan.errors })}\n`)
    } else {
      io.stdout(
        [
          `${fileName}: ${preview.sourceName}, ${delimiterName(table.delimiter)}-separated, ${table.records.length} rows (${preview.mappingSource} mapping).`,
          `Rep: ${preview.mapping.repColumn ?? '(none)'} · Date: ${preview.mapping.dateColumn ?? '(none)'}${preview.dateOrder ? ` (${preview.dateOrder.explanation})` : ''}`,
          ...preview.mapping.metricColumns.map((entry) => `  ${entry.column} → ${entry.metric}`),
          `Would import ${plan.checkIns.length} check-ins. Nothing was written (dry run).`,
          ...preview.notes
        ].join('\n') + '\n'
      )
    }
    if (plan.errors.length > 0) {
      if (!json) printErrors(io, plan.errors)
      io.stderr(`${plan.errors.length === 1 ? '1 line has a problem' : `${plan.errors.length} lines have problems`}; an import would store nothing.\n`)
      return 1
    }
    return 0
  } finally {
    db.close()
  }
}

function commit(io: CliIo, dbPath: string, fileName: string, text: string, json: boolean): number {
  const kept = openDatabase(dbPath)
  try {
    const context = contextOf(kept.db)
    let planned: ReturnType<typeof planImportOf>
    try {
      planned = planImportOf(context, { fileName, text })
    } catch (error) {
      failure(error)
    }
    if (planned.plan.errors.length > 0) {
      printErrors(io, planned.plan.errors)
      throw new CliError(`nothing was imported: ${planned.plan.errors.length === 1 ? '1 problem' : `${planned.plan.errors.length} problems`} in ${fileName}. Fix the file, then import again.`)
    }
    let result: ReturnType<typeof commitMetricImport>
    try {
      result = commitMetricImport(context, { fileName, text, mapping: planned.preview.mapping })
    } catch (error) {
      failure(error)
    }
    if (json) io.stdout(`${JSON.stringify(result)}\n`)
    else {
      io.stdout(
        `Imported ${result.checkInsImported} check-ins for ${result.repsUpdated === 1 ? '1 rep' : `${result.repsUpdated} reps`} from ${fileName} (${result.import.sourceName}, import #${result.import.id}). Undo it from Kept's Import screen.\n`
      )
    }
    return 0
  } finally {
    kept.close()
  }
}

export const importMetricsCommand: CliCommand = {
  name: 'import-metrics',
  summary: 'Imports CRM numbers from a CSV export into goal check-ins (all or nothing).',
  usage: 'import-metrics FILE --db DB [--dry-run] [--json]',
  options: {
    db: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }
  },
  run: ({ values, positionals, io }) => {
    if (positionals.length !== 1) throw new CliError('give exactly one CSV file to import.')
    if (typeof values.db !== 'string' || values.db === '') throw new CliError('say which database to import into with --db FILE.')
    const dbPath = resolve(io.cwd, values.db)
    if (!existsSync(dbPath)) throw new CliError(`there is no Kept database at ${dbPath}.`)
    const filePath = resolve(io.cwd, positionals[0]!)
    const text = readExport(filePath)
    const fileName = basename(filePath)
    return values['dry-run'] === true ? dryRun(io, dbPath, fileName, text, values.json === true) : commit(io, dbPath, fileName, text, values.json === true)
  }
}

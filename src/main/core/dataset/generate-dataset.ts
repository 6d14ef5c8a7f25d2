// Generates a deterministic benchmark database: N reps × Y years of weekly 1:1s with goals,
// check-ins (from 1:1s and monthly imports), agreements of both owners (most done, some missed,
// dropped, carried forward or still open), challenges linked across 1:1s, recognition, talking
// points, and shared and private notes of realistic length. The same options always write the
// same rows. Everything is written with prepared statements in one transaction.
// Used by `kept generate` and `npm run bench` (scripts/generate-dataset.ts is a thin wrapper).
import { existsSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Database } from 'better-sqlite3'
import { createBulkWriter } from '../db/bulk-writer'
import { openDatabase } from '../db/open-database'
import { writeRep, stamp, type RepContext } from './dataset-rep'
import { COMMON_WORD, RARE_WORD } from './dataset-text'

export interface DatasetOptions {
  reps: number
  years: number
  seed: string
  /** The data set's "today" ('YYYY-MM-DD'): the last 1:1s happen around it. */
  today: string
}

export const DATASET_DEFAULTS: DatasetOptions = { reps: 50, years: 5, seed: 'kept-benchmark', today: '2026-06-15' }
export const DATASET_SEARCH_WORDS = { common: COMMON_WORD, rare: RARE_WORD } as const

/** The problem with these options in a plain sentence, or null when they can be generated. */
export function datasetOptionsProblem(options: DatasetOptions): string | null {
  if (!Number.isInteger(options.reps) || options.reps < 1 || options.reps > 10_000) return 'The number of reps must be a whole number from 1 to 10000.'
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > 30) return 'The number of years must be a whole number from 1 to 30.'
  if (options.seed.length === 0) return 'The seed must not be empty.'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || Number.isNaN(Date.parse(options.today))) return `"${options.today}" is not a date like 2026-06-15.`
  return null
}

export function defaultDatasetPath(options: Pick<DatasetOptions, 'reps' | 'years'>): string {
  return resolve('.cache', 'datasets', `kept-${options.reps}x${options.years}.sqlite`)
}

export interface DatasetSummary {
  reps: number
  sessions: number
  completedSessions: number
  agreements: number
  agreementReviews: number
  goals: number
  checkIns: number
  challenges: number
  recognitions: number
  talkingPoints: number
  notes: number
  rareWordNotes: number
}

/** Writes the whole data set into `db` (a freshly migrated Kept database) in one transaction. */
export function generateDataset(db: Database, options: DatasetOptions): DatasetSummary {
  const summary: DatasetSummary = {
    reps: 0,
    sessions: 0,
    completedSessions: 0,
    agreements: 0,
    agreementReviews: 0,
    goals: 0,
    checkIns: 0,
    challenges: 0,
    recognitions: 0,
    talkingPoints: 0,
    notes: 0,
    rareWordNotes: 0
  }
  db.transaction(() => {
    const write = createBulkWriter(db)
    const templateId = (name: string) => (db.prepare('SELECT id FROM templates WHERE name = ?').pluck().get(name) as number | undefined) ?? null
    const standard = templateId('Accountability 1:1')
    const pipeline = templateId('Pipeline review') ?? standard
    if (standard === null || pipeline === null) throw new Error('The built-in templates are missing: is this a fresh Kept database?')
    const imports = new Map<string, number>()
    const importIdFor = (month: string) => {
      let id = imports.get(month)
      if (id === undefined) {
        id = write.metricImport({
          sourceName: 'Salesforce',
          fileName: `salesforce-${month}.csv`,
          headerSignature: 'account,owner,metric,value,date',
          columnMapping: '{"value":"value","date":"date"}',
          rows: options.reps * 3,
          importedAt: stamp(`${month}-28`)
        })
        imports.set(month, id)
      }
      return id
    }
    const context: RepContext = { write, options, templates: { standard, pipeline }, importIdFor, summary, noteCounter: { value: 0 } }
    for (let index = 0; index < options.reps; index++) writeRep(context, index)
  })()
  return summary
}

/** Creates (replacing) a data set file at `path`. */
export function createDatasetFile(path: string, options: DatasetOptions): { summary: DatasetSummary; ms: number; bytes: number } {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
  const started = performance.now()
  const kept = openDatabase(path, { backupDir: resolve(path, '..', 'backups') })
  try {
    const summary = generateDataset(kept.db, options)
    kept.db.pragma('wal_checkpoint(TRUNCATE)')
    return { summary, ms: performance.now() - started, bytes: existsSync(path) ? statSync(path).size : 0 }
  } finally {
    kept.close()
  }
}

/** The summary as aligned "name  count" lines, for the command line. */
export function formatDatasetSummary(summary: DatasetSummary): string {
  const labels: Record<keyof DatasetSummary, string> = {
    reps: 'reps',
    sessions: '1:1s',
    completedSessions: 'completed 1:1s',
    agreements: 'agreements',
    agreementReviews: 'agreement reviews',
    goals: 'goals',
    checkIns: 'goal check-ins',
    challenges: 'challenges',
    recognitions: 'recognitions',
    talkingPoints: 'talking points',
    notes: 'notes',
    rareWordNotes: `notes with "${RARE_WORD}"`
  }
  return (Object.keys(labels) as Array<keyof DatasetSummary>).map((key) => `  ${labels[key].padEnd(22)} ${summary[key].toLocaleString('en-US')}`).join('\n')
}

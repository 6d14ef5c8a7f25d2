// Times the hot API calls on a generated data set (see generate-dataset.ts): the Team overview,
// a rep's brief, a timeline page, search for a common and a rare word, and an autosave write.
// Every call goes through `dispatch` (input validation included), on a copy of the file so the
// data set itself is never changed. Reports the median and 95th percentile after a warm-up.
//
//   npx tsx scripts/time-queries.ts [--file .cache/datasets/kept-50x5.sqlite] [--runs 200] [--warmup 20]
//                                   [--today 2026-06-15] [--json results.json]
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createApiHandlers } from '../src/main/core/api/handlers'
import { dispatch } from '../src/main/core/api/dispatch'
import { fixedClock } from '../src/main/core/clock'
import { openDatabase } from '../src/main/core/db/open-database'
import { createMemoryPreferencesStore } from '../src/main/core/preferences/preferences-store'
import type { ApiMethod } from '../src/shared/api-methods'
import type { MethodResult } from '../src/shared/contract'
import { DATASET_DEFAULTS, DATASET_SEARCH_WORDS, defaultDatasetPath } from './generate-dataset'

export interface TimingOptions {
  runs: number
  warmup: number
  today: string
}

export interface Timing {
  name: string
  /** The budget from PRODUCT.md, in milliseconds. */
  budgetMs: number
  runs: number
  medianMs: number
  p95Ms: number
  minMs: number
  maxMs: number
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[index]!
}

function measure(name: string, budgetMs: number, options: TimingOptions, run: (iteration: number) => void): Timing {
  for (let i = 0; i < options.warmup; i++) run(i)
  const samples: number[] = []
  for (let i = 0; i < options.runs; i++) {
    const started = performance.now()
    run(options.warmup + i)
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  return { name, budgetMs, runs: samples.length, medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), minMs: samples[0]!, maxMs: samples.at(-1)! }
}

/** A tiptap document of about `bytes` characters of plain text, different for each `variant`. */
function noteOfAbout(bytes: number, variant: number): { doc: unknown; text: string } {
  const sentence =
    'Discussed the Northwind renewal: pricing is with finance, the champion wants a pilot plan, and procurement needs the security questionnaire by Friday. '
  const paragraphs: string[] = []
  let length = 0
  for (let i = 0; length < bytes; i++) {
    const text = `${i === 0 ? `Revision ${variant}. ` : ''}${sentence}${sentence}`
    paragraphs.push(text)
    length += text.length + 2
  }
  return {
    doc: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    text: paragraphs.join('\n\n')
  }
}

/** Times every hot call on a copy of `file`. */
export function timeQueries(file: string, options: TimingOptions): { timings: Timing[]; facts: Record<string, number> } {
  const dir = mkdtempSync(join(tmpdir(), 'kept-timing-'))
  const copy = join(dir, 'kept.sqlite')
  copyFileSync(file, copy)
  const kept = openDatabase(copy)
  try {
    const handlers = createApiHandlers({
      db: kept.db,
      clock: fixedClock(`${options.today}T12:00:00Z`),
      databasePath: copy,
      schemaVersion: kept.schemaVersion,
      host: 'browser',
      preferences: createMemoryPreferencesStore()
    })
    const call = <M extends ApiMethod>(method: M, input: unknown): MethodResult<M> => {
      const answer = dispatch(handlers, method, input)
      if (!answer.ok) throw new Error(`${method} failed: ${answer.error.message}`)
      return answer.value as MethodResult<M>
    }

    const team = call('team.overview', {})
    const repIds = team.members.map((member) => member.id)
    const rep = (i: number) => repIds[i % repIds.length]!
    // A cursor halfway back through each rep's history, for a "deep" timeline page.
    const middle = new Map<number, string>()
    for (const id of repIds) {
      let cursor: string | null = null
      for (let page = 0; page < 4; page++) cursor = call('reps.timeline', { repId: id, before: cursor ?? undefined, limit: 30 }).nextCursor
      if (cursor) middle.set(id, cursor)
    }
    // The autosave target: a 1:1 in progress (one is started if the data set has none).
    const inProgress = team.members.find((member) => member.sessionInProgressId !== null)
    const sessionId = inProgress?.sessionInProgressId ?? call('sessions.start', { repId: rep(0) }).session.id
    let revision = call('sessions.get', { id: sessionId }).notes.shared.revision

    const facts = {
      reps: kept.db.prepare('SELECT count(*) FROM reps').pluck().get() as number,
      activeReps: repIds.length,
      sessions: kept.db.prepare('SELECT count(*) FROM sessions').pluck().get() as number,
      agreements: kept.db.prepare('SELECT count(*) FROM agreements').pluck().get() as number,
      notes: kept.db.prepare('SELECT count(*) FROM notes').pluck().get() as number,
      commonWordHits: call('search.query', { query: DATASET_SEARCH_WORDS.common, limit: 200 }).total,
      rareWordHits: call('search.query', { query: DATASET_SEARCH_WORDS.rare, limit: 200 }).total,
      noteChars: noteOfAbout(2000, 0).text.length
    }

    const timings = [
      measure('team.overview (whole team)', 20, options, () => call('team.overview', {})),
      measure('reps.brief', 10, options, (i) => call('reps.brief', { id: rep(i) })),
      measure('reps.timeline (first page of 30)', 10, options, (i) => call('reps.timeline', { repId: rep(i), limit: 30 })),
      measure('reps.timeline (page 5, by cursor)', 10, options, (i) => call('reps.timeline', { repId: rep(i), before: middle.get(rep(i)), limit: 30 })),
      measure(`search.query common word "${DATASET_SEARCH_WORDS.common}"`, 30, options, () => call('search.query', { query: DATASET_SEARCH_WORDS.common })),
      measure(`search.query rare word "${DATASET_SEARCH_WORDS.rare}"`, 30, options, () => call('search.query', { query: DATASET_SEARCH_WORDS.rare })),
      measure('search.query prefix "pri"', 30, options, () => call('search.query', { query: 'pri' })),
      measure('notes.save autosave (~2 KB)', 5, options, (i) => {
        const note = noteOfAbout(2000, i)
        revision = call('notes.save', { sessionId, kind: 'shared', doc: note.doc, text: note.text, baseRevision: revision }).revision
      }),
      measure('reps.agreements (whole ledger)', 50, options, (i) => call('reps.agreements', { repId: rep(i) })),
      measure('nudges.list', 10, options, (i) => call('nudges.list', { repId: rep(i) }))
    ]
    return { timings, facts }
  } finally {
    kept.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function formatTimings(timings: Timing[]): string {
  const rows = timings.map((timing) => [
    timing.name,
    timing.medianMs.toFixed(2),
    timing.p95Ms.toFixed(2),
    timing.maxMs.toFixed(2),
    `< ${timing.budgetMs}`,
    timing.p95Ms < timing.budgetMs ? 'ok' : 'OVER'
  ])
  const header = ['call', 'median ms', 'p95 ms', 'max ms', 'budget ms', '']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

function parseArgs(argv: string[]): TimingOptions & { file: string; json: string | null } {
  const options = { runs: 200, warmup: 20, today: DATASET_DEFAULTS.today, file: defaultDatasetPath(DATASET_DEFAULTS), json: null as string | null }
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]]
    if (value === undefined) throw new Error(`${flag} needs a value.`)
    if (flag === '--file') options.file = resolve(value)
    else if (flag === '--runs') options.runs = Number(value)
    else if (flag === '--warmup') options.warmup = Number(value)
    else if (flag === '--today') options.today = value
    else if (flag === '--json') options.json = resolve(value)
    else throw new Error(`Unknown option ${flag}. Options: --file FILE --runs N --warmup N --today YYYY-MM-DD --json FILE`)
  }
  return options
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { file, json, ...options } = parseArgs(process.argv.slice(2))
  if (!existsSync(file)) {
    console.error(`No data set at ${file}. Create it first: npx tsx scripts/generate-dataset.ts`)
    process.exit(1)
  }
  const { timings, facts } = timeQueries(file, options)
  console.log(`${file}\n${JSON.stringify(facts)}\n${options.runs} runs after ${options.warmup} warm-up runs, Node ${process.version}\n`)
  console.log(formatTimings(timings))
  if (json) writeFileSync(json, `${JSON.stringify({ file, facts, options, timings }, null, 2)}\n`)
}

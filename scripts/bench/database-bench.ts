// The data core's hot calls, timed through `dispatch` (input validation included) exactly as the
// app makes them, each interleaved with its hand-written SQL floor on the same file. Runs on a copy
// of the data set so the file itself never changes.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createApiHandlers } from '../../src/main/core/api/handlers'
import { dispatch } from '../../src/main/core/api/dispatch'
import { fixedClock } from '../../src/main/core/clock'
import { DATASET_SEARCH_WORDS } from '../../src/main/core/dataset/generate-dataset'
import { checkFileIntegrity, openDatabase, type KeptDatabase } from '../../src/main/core/db/open-database'
import { createMemoryPreferencesStore } from '../../src/main/core/preferences/preferences-store'
import { RECENT_MATCHES, toFtsQuery } from '../../src/main/core/repositories/search-repository'
import { followThroughWindow } from '../../src/main/core/services/follow-through'
import type { ApiMethod } from '../../src/shared/api-methods'
import type { MethodResult } from '../../src/shared/contract'
import type { BenchRow } from './results'
import { BRIEF_FLOOR_SQL, NOTE_SAVE_FLOOR_SQL, SEARCH_FLOOR_SQL, TEAM_FLOOR_SQL, TIMELINE_FLOOR_SQL } from './sql-floors'
import { measurePair, type RunCounts, type Sample } from './stats'

/** "Within 3× of the best hand-written SQL for the same answer" (PRODUCT.md). */
export const MAX_FLOOR_RATIO = 3

export interface DatabaseFacts {
  reps: number
  activeReps: number
  sessions: number
  agreements: number
  notes: number
  commonWordHits: number
  rareWordHits: number
  fileMB: number
}

/** A tiptap document of about `chars` characters of plain text, different for each `variant`. */
export function noteOfAbout(chars: number, variant: number): { doc: unknown; text: string } {
  const sentence =
    'Discussed the Northwind renewal: pricing is with finance, the champion wants a pilot plan, and procurement needs the security questionnaire by Friday. '
  const paragraphs: string[] = []
  let length = 0
  for (let i = 0; length < chars; i++) {
    const text = `${i === 0 ? `Revision ${variant}. ` : ''}${sentence}${sentence}`
    paragraphs.push(text)
    length += text.length + 2
  }
  return {
    doc: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    text: paragraphs.join('\n\n')
  }
}

/**
 * The call's median CPU time over its floor's. CPU time, not wall time: on a busy machine a longer
 * call is more often paused by the scheduler than a short one, which inflates wall-time ratios.
 */
function floorRatio(api: Sample, floor: Sample): number {
  return floor.cpuMedianMs > 0 ? api.cpuMedianMs / floor.cpuMedianMs : api.medianMs / floor.medianMs
}

export function row(name: string, budgetMs: number, api: Sample, floor: Sample, floorSql: string, note?: string): BenchRow {
  const ratio = floorRatio(api, floor)
  return {
    section: 'database',
    name,
    unit: 'ms',
    median: api.medianMs,
    p95: api.p95Ms,
    cpuMedian: api.cpuMedianMs,
    runs: api.runs,
    floor: { median: floor.medianMs, p95: floor.p95Ms, cpuMedian: floor.cpuMedianMs, sql: floorSql.replace(/\s+/g, ' ').trim() },
    ratio,
    budget: `p95 < ${budgetMs} ms, ≤ ${MAX_FLOOR_RATIO}× floor`,
    met: api.p95Ms < budgetMs && ratio <= MAX_FLOOR_RATIO,
    ...(note ? { note } : {})
  }
}

/** Calls the API on an open bench file through `dispatch`, exactly as the app does, on the bench's fixed day. */
export function benchCaller(kept: KeptDatabase, today: string): <M extends ApiMethod>(method: M, input: unknown) => MethodResult<M> {
  const handlers = createApiHandlers({
    db: kept.db,
    clock: fixedClock(`${today}T12:00:00Z`),
    databasePath: kept.path,
    schemaVersion: kept.schemaVersion,
    host: 'browser',
    preferences: createMemoryPreferencesStore()
  })
  return <M extends ApiMethod>(method: M, input: unknown): MethodResult<M> => {
    const answer = dispatch(handlers, method, input)
    if (!answer.ok) throw new Error(`${method} failed: ${answer.error.message}`)
    return answer.value as MethodResult<M>
  }
}

/** The brief's SQL floor for one rep: its statements run as a careful person would chain them. */
export function prepareBriefFloor(db: Database.Database, today: string): (repId: number) => void {
  const floorParams = { today, windowFrom: followThroughWindow(today).from }
  const brief = Object.fromEntries(Object.entries(BRIEF_FLOOR_SQL).map(([key, sql]) => [key, db.prepare(sql)])) as Record<keyof typeof BRIEF_FLOOR_SQL, Database.Statement>
  return (repId) => {
    brief.rep.all({ ...floorParams, repId })
    const last = brief.lastSession.get({ repId }) as { scheduled_at?: string } | undefined
    brief.openAgreements.all({ repId })
    brief.goals.all({ repId, lastSessionDate: last?.scheduled_at ?? today })
    brief.challenges.all({ repId })
    brief.pulseTrend.all({ repId })
    brief.talkingPoints.all({ repId })
  }
}

export function benchDatabase(file: string, counts: RunCounts, today: string): { rows: BenchRow[]; facts: DatabaseFacts } {
  const dir = mkdtempSync(join(tmpdir(), 'kept-bench-'))
  const copy = join(dir, 'kept.sqlite')
  copyFileSync(file, copy)
  const rows: BenchRow[] = []
  try {
    // Opening as the app does at start (WAL, pragmas, the version check before any migration; the
    // page-by-page check is left until the first screen is painted) against a bare open.
    const [open, bareOpen] = measurePair(
      counts,
      () => openDatabase(copy, { skipIntegrityCheck: true }).close(),
      () => {
        const db = new Database(copy)
        db.pragma('user_version', { simple: true })
        db.close()
      }
    )
    // Opening is not a query: its budget is its share of "app start to first paint ≤ 1 s"; the ratio is shown for reference.
    const openRow = row('Open the database file at app start (incl. migration check)', 1000, open, bareOpen, 'new Database(file); PRAGMA user_version')
    rows.push({ ...openRow, budget: 'p95 < 1000 ms (app start)', met: open.p95Ms < 1000 })

    // The page-by-page check after the first screen: it reads every page, so a few runs tell enough.
    const checkCounts = { runs: Math.min(counts.runs, 10), warmup: Math.min(counts.warmup, 1) }
    const [check, bareCheck] = measurePair(
      checkCounts,
      () => {
        if (checkFileIntegrity(copy) !== null) throw new Error('The bench file failed its integrity check.')
      },
      () => {
        const db = new Database(copy, { readonly: true })
        db.pragma('quick_check(1)', { simple: true })
        db.close()
      }
    )
    rows.push({
      ...row('Integrity check (quick_check), after the first screen', 1000, check, bareCheck, 'PRAGMA quick_check(1)'),
      budget: 'none in PRODUCT.md (runs after first paint)',
      met: null
    })

    const kept = openDatabase(copy)
    try {
      const call = benchCaller(kept, today)
      const { db } = kept
      const floorParams = { today, windowFrom: followThroughWindow(today).from }

      const team = call('team.overview', { includeArchived: true })
      const repIds = team.members.filter((member) => !member.archived).map((member) => member.id)
      const rep = (i: number) => repIds[i % repIds.length]!

      const teamFloor = db.prepare(TEAM_FLOOR_SQL)
      const [teamApi, teamSql] = measurePair(
        counts,
        () => call('team.overview', { includeArchived: true }),
        () => teamFloor.all(floorParams)
      )
      rows.push(row('Team screen: team.overview', 20, teamApi, teamSql, TEAM_FLOOR_SQL))

      const briefFloor = prepareBriefFloor(db, today)
      const [briefApi, briefSql] = measurePair(
        counts,
        (i) => call('reps.brief', { id: rep(i) }),
        (i) => briefFloor(rep(i))
      )
      rows.push(row("Rep screen: a rep's brief (reps.brief)", 10, briefApi, briefSql, Object.values(BRIEF_FLOOR_SQL).join(';\n')))

      // A cursor four pages back through each rep's history, for a "deep" Timeline page.
      const deep = new Map<number, { cursor: string; before: string }>()
      for (const id of repIds) {
        let cursor: string | null = null
        let before = '9999'
        for (let page = 0; page < 4; page++) {
          const result: MethodResult<'reps.timeline'> = call('reps.timeline', { repId: id, before: cursor ?? undefined, limit: 30 })
          cursor = result.nextCursor
          before = result.items.at(-1)?.scheduledAt ?? before
        }
        if (cursor) deep.set(id, { cursor, before })
      }
      const timelineFloor = db.prepare(TIMELINE_FLOOR_SQL)
      const [firstPage, firstPageSql] = measurePair(
        counts,
        (i) => call('reps.timeline', { repId: rep(i), limit: 30 }),
        (i) => timelineFloor.all({ repId: rep(i), before: '9999', limit: 31 })
      )
      rows.push(row('Timeline: first page of 30 (reps.timeline)', 10, firstPage, firstPageSql, TIMELINE_FLOOR_SQL))
      const [deepPage, deepPageSql] = measurePair(
        counts,
        (i) => call('reps.timeline', { repId: rep(i), limit: 30, before: deep.get(rep(i))?.cursor }),
        (i) => timelineFloor.all({ repId: rep(i), before: deep.get(rep(i))?.before ?? '9999', limit: 31 })
      )
      rows.push(row('Timeline: page 5 by cursor (reps.timeline)', 10, deepPage, deepPageSql, TIMELINE_FLOOR_SQL))

      const searchFloor = db.prepare(SEARCH_FLOOR_SQL)
      const searches: Array<[string, string]> = [
        [`Search: common word "${DATASET_SEARCH_WORDS.common}"`, DATASET_SEARCH_WORDS.common],
        [`Search: rare word "${DATASET_SEARCH_WORDS.rare}"`, DATASET_SEARCH_WORDS.rare],
        ['Search: prefix "pri" (while typing)', 'pri']
      ]
      for (const [name, words] of searches) {
        const query = toFtsQuery(words)!
        const [api, floor] = measurePair(
          counts,
          () => call('search.query', { query: words }),
          () => searchFloor.all({ query, limit: 50, window: RECENT_MATCHES })
        )
        rows.push(row(`${name} (search.query)`, 30, api, floor, SEARCH_FLOOR_SQL))
      }

      // Autosave: the 1:1 in progress (one is started if the data set has none), ~2 KB of notes.
      const sessionId = team.members.find((member) => member.sessionInProgressId !== null)?.sessionInProgressId ?? call('sessions.start', { repId: rep(0) }).session.id
      let revision = call('notes.save', { sessionId, kind: 'shared', doc: noteOfAbout(2000, 0).doc, text: noteOfAbout(2000, 0).text, baseRevision: call('sessions.get', { id: sessionId }).notes.shared.revision }).revision
      const noteId = db.prepare("SELECT id FROM notes WHERE session_id = ? AND kind = 'shared'").pluck().get(sessionId) as number
      const bump = db.prepare(NOTE_SAVE_FLOOR_SQL.bump)
      const body = db.prepare(NOTE_SAVE_FLOOR_SQL.body)
      const floorSave = db.transaction((note: { doc: unknown; text: string }) => {
        bump.run({ id: noteId, revision, now: `${today}T12:00:00.000Z` })
        body.run({ id: noteId, docJson: JSON.stringify(note.doc), text: note.text })
        revision += 1
      })
      const notes = Array.from({ length: 64 }, (_, i) => noteOfAbout(2000, i + 1))
      const [save, saveSql] = measurePair(
        counts,
        (i) => {
          const note = notes[i % notes.length]!
          revision = call('notes.save', { sessionId, kind: 'shared', doc: note.doc, text: note.text, baseRevision: revision }).revision
        },
        (i) => floorSave(notes[(i + 32) % notes.length]!)
      )
      rows.push(row('Autosave: ~2 KB of notes (notes.save)', 5, save, saveSql, `${NOTE_SAVE_FLOOR_SQL.bump}; ${NOTE_SAVE_FLOOR_SQL.body}`, 'synchronous=FULL: each save is fsynced'))

      const count = (sql: string) => db.prepare(sql).pluck().get() as number
      const facts: DatabaseFacts = {
        reps: count('SELECT count(*) FROM reps'),
        activeReps: repIds.length,
        sessions: count('SELECT count(*) FROM sessions'),
        agreements: count('SELECT count(*) FROM agreements'),
        notes: count('SELECT count(*) FROM notes'),
        commonWordHits: call('search.query', { query: DATASET_SEARCH_WORDS.common, limit: 200 }).total,
        rareWordHits: call('search.query', { query: DATASET_SEARCH_WORDS.rare, limit: 200 }).total,
        fileMB: Math.round((count('PRAGMA page_count') * count('PRAGMA page_size')) / 104_857.6) / 10
      }
      return { rows, facts }
    } finally {
      kept.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

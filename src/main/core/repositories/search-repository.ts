import type { Database } from 'better-sqlite3'
import { SEARCH_HIT_KINDS, SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHitKind, type SearchResults } from '@shared/domain'

/**
 * Turns what the user typed into a safe FTS5 query: every word becomes a quoted prefix term (a
 * single character a whole word) and all must match, so operators or quotes in the input can never break the query.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) return null
  // A single character is matched as a whole word: as a prefix it would expand to a large part of
  // the vocabulary (there is no 1-character prefix index), a cost that grows with the years.
  return words.slice(0, 12).map((word) => (word.length === 1 ? `"${word}"` : `"${word}"*`)).join(' ')
}

interface HitRow {
  kind: SearchHitKind
  id: number
  session_id: number | null
  rep_id: number
  rep_name: string
  date: string | null
  is_private: number
  note_kind: 'shared' | 'private' | 'section' | null
  template_section_id: number | null
  score: number
}

const snippet = (table: string, column: number) => `snippet(${table}, ${column}, char(2), char(3), '…', 14)`

// Phase 1: which hits to show. Ranking every match of a common word by bm25 costs as much as
// there are matches, and years of notes make that grow without end. So each table ranks only its
// newest matches: the newest RECENT_MATCHES of each kind (FTS5 walks its index newest rowid first
// and stops there; a rowid is the row's id, which grows as rows are written), ordered by bm25
// score (lowest first), then the newest row first. A word with fewer matches than that is ranked
// exactly as an exhaustive search would; a common one shows the most relevant of its recent
// matches, which is also what a manager looking for last month's note wants. If the window holds
// fewer live hits than asked for (trashed rows in it), it widens until it does or every match is in.
// Only the best candidates of the window are joined to their rows, rep and date (trashed ones
// come back with live = 0). No snippets here: snippet() costs far more than ranking. In every
// table the FTS rowid is the row's id (notes: note_bodies.note_id = notes.id).

/** How many of the newest matches of each kind are ranked; see docs/DATA.md "Full-text search". */
export const RECENT_MATCHES = 400

interface HitSource {
  fts: string
  /** The hit's columns, from tables joined to `top` (the FTS rowid as `top.id`). */
  columns: string
  /** LEFT JOINs from `top` to the live row and its rep: reps.id is NULL for a trashed hit. */
  joins: string
  /** Which FTS column snippet() reads (-1: the best one). */
  snippetColumn: number
}

const SOURCES: Record<SearchHitKind, HitSource> = {
  note: {
    fts: 'note_bodies_fts',
    columns: `'note' AS kind, notes.id, sessions.id AS session_id, sessions.rep_id, reps.name AS rep_name,
              substr(sessions.scheduled_at, 1, 10) AS date, notes.kind = 'private' AS is_private,
              notes.kind AS note_kind, notes.template_section_id`,
    joins: `LEFT JOIN notes ON notes.id = top.id
            LEFT JOIN sessions ON sessions.id = notes.session_id
            LEFT JOIN reps ON reps.id = sessions.rep_id`,
    snippetColumn: 0
  },
  agreement: {
    fts: 'agreements_fts',
    columns: `'agreement' AS kind, agreements.id, agreements.created_in_session_id AS session_id, agreements.rep_id, reps.name AS rep_name,
              agreements.created_on AS date, 0 AS is_private, NULL AS note_kind, NULL AS template_section_id`,
    joins: `LEFT JOIN agreements ON agreements.id = top.id
            LEFT JOIN reps ON reps.id = agreements.rep_id`,
    snippetColumn: 0
  },
  challenge: {
    fts: 'challenges_fts',
    columns: `'challenge' AS kind, challenges.id, challenges.raised_in_session_id AS session_id, challenges.rep_id, reps.name AS rep_name,
              challenges.raised_on AS date, 0 AS is_private, NULL AS note_kind, NULL AS template_section_id`,
    joins: `LEFT JOIN challenges ON challenges.id = top.id
            LEFT JOIN reps ON reps.id = challenges.rep_id`,
    snippetColumn: -1
  },
  recognition: {
    fts: 'recognitions_fts',
    columns: `'recognition' AS kind, recognitions.id, recognitions.session_id, recognitions.rep_id, reps.name AS rep_name,
              recognitions.recognized_on AS date, 0 AS is_private, NULL AS note_kind, NULL AS template_section_id`,
    joins: `LEFT JOIN live_recognitions AS recognitions ON recognitions.id = top.id
            LEFT JOIN reps ON reps.id = recognitions.rep_id`,
    snippetColumn: -1
  },
  goal: {
    fts: 'goals_fts',
    columns: `'goal' AS kind, goals.id, NULL AS session_id, goals.rep_id, reps.name AS rep_name, goals.due_date AS date, 0 AS is_private, NULL AS note_kind, NULL AS template_section_id`,
    joins: `LEFT JOIN goals ON goals.id = top.id
            LEFT JOIN reps ON reps.id = goals.rep_id`,
    snippetColumn: -1
  }
}

const recentMatches = (fts: string) =>
  `SELECT rowid AS id, bm25(${fts}) AS score FROM ${fts} WHERE ${fts} MATCH @query ORDER BY rowid DESC LIMIT @window`

// `candidates`: only the best few of the window are joined; otherwise every match in the window.
const rankSql = (source: HitSource, candidates: boolean) => `
  SELECT ${source.columns}, top.score, reps.id IS NOT NULL AS live
  FROM (SELECT id, score FROM (${recentMatches(source.fts)})
        ORDER BY score, id DESC${candidates ? ' LIMIT @candidates' : ''}) AS top
  ${source.joins}
  ${candidates ? '' : 'WHERE reps.id IS NOT NULL ORDER BY top.score, top.id DESC LIMIT @limit'}`

const bySource = (build: (source: HitSource) => string) =>
  Object.fromEntries(SEARCH_HIT_KINDS.map((kind) => [kind, build(SOURCES[kind])])) as Record<SearchHitKind, string>

/** The best candidates of the window by score alone, joined to their rows (trashed ones with live = 0). */
const RANK_CANDIDATES_SQL = bySource((source) => rankSql(source, true))
/** Every match of the window joined, for when the candidates cannot tell the answer. */
const RANK_WINDOW_SQL = bySource((source) => rankSql(source, false))
/** How many matches the window holds (fewer than its size: every match is in it). */
const COUNT_WINDOW_SQL = bySource((source) => `SELECT count(*) FROM (${recentMatches(source.fts)})`)

/** Best (lowest) bm25 score first, then the newest row. */
function byRelevance(a: HitRow, b: HitRow): number {
  return a.score - b.score || b.id - a.id
}

/** The best `limit` live hits of one table among its newest matches (see Phase 1). */
function rankTable(db: Database, kind: SearchHitKind, query: string, limit: number, recentMatches: number): HitRow[] {
  const candidates = 2 * limit + 20
  for (let window = Math.max(recentMatches, candidates); ; window *= 4) {
    const rows = db.prepare(RANK_CANDIDATES_SQL[kind]).all({ query, window, candidates }) as Array<HitRow & { live: number }>
    const live = rows.filter((row) => row.live === 1).sort(byRelevance)
    // Fewer candidates than asked for: these are all the window's matches. Enough live ones:
    // every match of the window not fetched comes after all of them.
    if (rows.length < candidates || live.length >= limit) return live.slice(0, limit)
    const ranked = db.prepare(RANK_WINDOW_SQL[kind]).all({ query, window, limit }) as HitRow[]
    if (ranked.length >= limit || (db.prepare(COUNT_WINDOW_SQL[kind]).pluck().get({ query, window }) as number) < window) return ranked
  }
}

function rankedHits(db: Database, query: string, limit: number, recentMatches: number): HitRow[] {
  return SEARCH_HIT_KINDS.flatMap((kind) => rankTable(db, kind, query, limit, recentMatches))
    .sort(byRelevance)
    .slice(0, limit)
}

// Phase 2: snippets for the hits kept, one statement per table. "+rowid" keeps FTS5 streaming
// the matches once instead of seeking each id anew (a seek re-runs the query: ~0.3 ms each), and
// snippet() runs only for the rows that pass the filter; "rowid >= @from" (the oldest hit kept)
// lets FTS5 skip the older matches, so the stream is as long as the recent window, not the years.
const SNIPPET_SQL = Object.fromEntries(
  SEARCH_HIT_KINDS.map((kind) => {
    const { fts, snippetColumn } = SOURCES[kind]
    return [kind, `SELECT rowid, ${snippet(fts, snippetColumn)} FROM ${fts} WHERE ${fts} MATCH @query AND rowid >= @from AND +rowid IN (SELECT value FROM json_each(@ids))`]
  })
) as Record<SearchHitKind, string>

function snippetsFor(db: Database, query: string, rows: HitRow[]): Map<string, string> {
  const idsByKind = new Map<SearchHitKind, number[]>()
  for (const row of rows) {
    const ids = idsByKind.get(row.kind)
    if (ids) ids.push(row.id)
    else idsByKind.set(row.kind, [row.id])
  }
  const snippets = new Map<string, string>()
  for (const [kind, ids] of idsByKind) {
    const found = db.prepare(SNIPPET_SQL[kind]).raw().all({ query, from: Math.min(...ids), ids: JSON.stringify(ids) }) as Array<[number, string]>
    for (const [id, text] of found) snippets.set(`${kind}:${id}`, text)
  }
  return snippets
}

/** `recentMatches` is for tests: how many of the newest matches of each kind are ranked. */
export function searchEverything(db: Database, input: string, limit: number, recentMatches = RECENT_MATCHES): SearchResults {
  const query = toFtsQuery(input)
  if (!query) return { query: input, total: 0, groups: [] }
  const rows = rankedHits(db, query, limit, recentMatches)
  const snippets = snippetsFor(db, query, rows)
  const groups = new Map<number, SearchResults['groups'][number]>()
  for (const row of rows) {
    let group = groups.get(row.rep_id)
    if (!group) {
      group = { repId: row.rep_id, repName: row.rep_name, hits: [] }
      groups.set(row.rep_id, group)
    }
    group.hits.push({
      kind: row.kind,
      id: row.id,
      sessionId: row.session_id,
      date: row.date,
      snippet: snippets.get(`${row.kind}:${row.id}`) ?? '',
      isPrivate: row.is_private === 1,
      noteKind: row.note_kind,
      templateSectionId: row.template_section_id
    })
  }
  return { query: input, total: rows.length, groups: [...groups.values()] }
}

export { SNIPPET_MARK_START, SNIPPET_MARK_END }

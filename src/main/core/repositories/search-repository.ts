import type { Database } from 'better-sqlite3'
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHitKind, type SearchResults } from '../../../shared/domain'

/**
 * Turns what the user typed into a safe FTS5 query: every word becomes a quoted prefix term and
 * all must match, so operators or quotes in the input can never break the query.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) return null
  return words.slice(0, 12).map((word) => `"${word}"*`).join(' ')
}

interface HitRow {
  kind: SearchHitKind
  id: number
  session_id: number | null
  rep_id: number
  rep_name: string
  date: string | null
  snippet: string
  is_private: number
  rank: number
}

const snippet = (table: string, column: number) => `snippet(${table}, ${column}, char(2), char(3), '…', 14)`

// One ranked list over every searchable table, with the rep each hit belongs to.
const SEARCH_SQL = `
WITH hits AS (
  SELECT 'note' AS kind, notes.id, sessions.id AS session_id, sessions.rep_id,
         substr(sessions.scheduled_at, 1, 10) AS date, ${snippet('note_bodies_fts', 0)} AS snippet,
         notes.kind = 'private' AS is_private, bm25(note_bodies_fts) AS rank
  FROM note_bodies_fts
  JOIN notes ON notes.id = note_bodies_fts.rowid
  JOIN sessions ON sessions.id = notes.session_id AND sessions.deleted_at IS NULL
  WHERE note_bodies_fts MATCH @query
  UNION ALL
  SELECT 'agreement', agreements.id, agreements.created_in_session_id, agreements.rep_id,
         agreements.created_on, ${snippet('agreements_fts', 0)}, 0, bm25(agreements_fts)
  FROM agreements_fts JOIN agreements ON agreements.id = agreements_fts.rowid AND agreements.deleted_at IS NULL
  WHERE agreements_fts MATCH @query
  UNION ALL
  SELECT 'challenge', challenges.id, challenges.raised_in_session_id, challenges.rep_id,
         challenges.raised_on, ${snippet('challenges_fts', -1)}, 0, bm25(challenges_fts)
  FROM challenges_fts JOIN challenges ON challenges.id = challenges_fts.rowid AND challenges.deleted_at IS NULL
  WHERE challenges_fts MATCH @query
  UNION ALL
  SELECT 'recognition', recognitions.id, recognitions.session_id, recognitions.rep_id,
         recognitions.recognized_on, ${snippet('recognitions_fts', -1)}, 0, bm25(recognitions_fts)
  FROM recognitions_fts JOIN recognitions ON recognitions.id = recognitions_fts.rowid AND recognitions.deleted_at IS NULL
  WHERE recognitions_fts MATCH @query
  UNION ALL
  SELECT 'goal', goals.id, NULL, goals.rep_id, goals.due_date, ${snippet('goals_fts', -1)}, 0, bm25(goals_fts)
  FROM goals_fts JOIN goals ON goals.id = goals_fts.rowid AND goals.deleted_at IS NULL
  WHERE goals_fts MATCH @query
)
SELECT hits.*, reps.name AS rep_name
FROM hits JOIN reps ON reps.id = hits.rep_id AND reps.deleted_at IS NULL
ORDER BY hits.rank, hits.date DESC
LIMIT @limit
`

export function searchEverything(db: Database, input: string, limit: number): SearchResults {
  const query = toFtsQuery(input)
  if (!query) return { query: input, total: 0, groups: [] }
  const rows = db.prepare(SEARCH_SQL).all({ query, limit }) as HitRow[]
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
      snippet: row.snippet,
      isPrivate: row.is_private === 1
    })
  }
  return { query: input, total: rows.length, groups: [...groups.values()] }
}

export { SNIPPET_MARK_START, SNIPPET_MARK_END }

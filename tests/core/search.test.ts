// Search ranks with the FTS index first and joins only the best candidates; these tests hold it to
// the same answer as the plain query that joins and snippets every match.
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { searchEverything, toFtsQuery } from '../../src/main/core/repositories/search-repository'
import { generateDataset } from '../../scripts/generate-dataset'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

const snippet = (table: string, column: number) => `snippet(${table}, ${column}, char(2), char(3), '…', 14)`
// Every match of every table, live rows only, with its snippet: the reference answer.
const REFERENCE_SQL = `
SELECT * FROM (
  SELECT 'note' AS kind, notes.id, sessions.rep_id, ${snippet('note_bodies_fts', 0)} AS snippet, bm25(note_bodies_fts) AS score
  FROM note_bodies_fts JOIN notes ON notes.id = note_bodies_fts.rowid
  JOIN sessions ON sessions.id = notes.session_id
  JOIN reps ON reps.id = sessions.rep_id
  WHERE note_bodies_fts MATCH @query
  UNION ALL
  SELECT 'agreement', agreements.id, agreements.rep_id, ${snippet('agreements_fts', 0)}, bm25(agreements_fts)
  FROM agreements_fts JOIN agreements ON agreements.id = agreements_fts.rowid
  JOIN reps ON reps.id = agreements.rep_id
  WHERE agreements_fts MATCH @query
  UNION ALL
  SELECT 'challenge', challenges.id, challenges.rep_id, ${snippet('challenges_fts', -1)}, bm25(challenges_fts)
  FROM challenges_fts JOIN challenges ON challenges.id = challenges_fts.rowid
  JOIN reps ON reps.id = challenges.rep_id
  WHERE challenges_fts MATCH @query
  UNION ALL
  SELECT 'recognition', recognitions.id, recognitions.rep_id, ${snippet('recognitions_fts', -1)}, bm25(recognitions_fts)
  FROM recognitions_fts JOIN recognitions ON recognitions.id = recognitions_fts.rowid AND recognitions.deleted_at IS NULL
  JOIN reps ON reps.id = recognitions.rep_id
  WHERE recognitions_fts MATCH @query
  UNION ALL
  SELECT 'goal', goals.id, goals.rep_id, ${snippet('goals_fts', -1)}, bm25(goals_fts)
  FROM goals_fts JOIN goals ON goals.id = goals_fts.rowid
  JOIN reps ON reps.id = goals.rep_id
  WHERE goals_fts MATCH @query
)
ORDER BY score, id DESC
LIMIT @limit`

function reference(db: Database, input: string, limit: number) {
  const rows = db.prepare(REFERENCE_SQL).all({ query: toFtsQuery(input), limit }) as Array<{ kind: string; id: number; snippet: string }>
  return rows.map((row) => `${row.kind}:${row.id}:${row.snippet}`)
}

function answer(db: Database, input: string, limit: number) {
  const results = searchEverything(db, input, limit)
  const hits = results.groups.flatMap((group) => group.hits)
  expect(results.total).toBe(hits.length)
  return hits
}

describe('search over a generated data set', () => {
  it('gives exactly the reference answer for common, rare, prefix and multi-word queries', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      const summary = generateDataset(db, { reps: 4, years: 1, seed: 'search-test', today: '2026-06-15' })
      expect(summary.notes).toBeGreaterThan(200)
      // Some trash: a rep, a few 1:1s (hiding their notes) and agreements.
      db.prepare('DELETE FROM reps WHERE id = 4').run()
      db.prepare('DELETE FROM sessions WHERE id % 9 = 0').run()
      db.prepare('DELETE FROM agreements WHERE id % 7 = 0').run()
      for (const query of ['pricing', 'pri', 'p', 'send', 'acme logistics', 'discovery call', 'zzzznothing', 'recap']) {
        for (const limit of [1, 5, 50, 200]) {
          const hits = answer(db, query, limit)
          const expected = reference(db, query, limit)
          // The answer is grouped by rep, so compare as sets.
          expect(hits.map((hit) => `${hit.kind}:${hit.id}:${hit.snippet}`).sort(), `${query} / ${limit}`).toEqual([...expected].sort())
        }
      }
    } finally {
      core.kept.close()
    }
  })

  it('still finds live hits when the best matches are all in the trash', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      generateDataset(db, { reps: 2, years: 1, seed: 'trash-test', today: '2026-06-15' })
      // Trash every agreement but the oldest one that matches: the candidates are all trashed.
      const matching = db.prepare("SELECT rowid FROM agreements_fts WHERE agreements_fts MATCH '\"send\"*' ORDER BY rowid").pluck().all() as number[]
      expect(matching.length).toBeGreaterThan(30)
      db.prepare(`DELETE FROM agreements WHERE id != ?`).run(matching[0])
      const hits = answer(db, 'send', 3).filter((hit) => hit.kind === 'agreement')
      expect(hits.map((hit) => hit.id)).toEqual(reference(db, 'send', 3).filter((key) => key.startsWith('agreement:')).map((key) => Number(key.split(':')[1])))
      expect(searchEverything(db, 'send', 200).groups.flatMap((group) => group.hits).filter((hit) => hit.kind === 'agreement').map((hit) => hit.id)).toEqual([matching[0]])
    } finally {
      core.kept.close()
    }
  })

  it('marks matches in snippets and private notes as private', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      generateDataset(db, { reps: 1, years: 1, seed: 'snippet-test', today: '2026-06-15' })
      const hits = searchEverything(db, 'observation', 20).groups.flatMap((group) => group.hits)
      expect(hits.length).toBeGreaterThan(0)
      for (const hit of hits) {
        expect(hit).toMatchObject({ kind: 'note', isPrivate: true })
        expect(hit.snippet).toContain('\u0002Observation\u0003')
        expect(hit.sessionId).not.toBeNull()
        expect(hit.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }
    } finally {
      core.kept.close()
    }
  })
})

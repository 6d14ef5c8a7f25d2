// Every statement `npm run bench` times — the app's calls and the hand-written SQL floors next to
// them — is looked at with EXPLAIN QUERY PLAN: none may read a whole table that grows with the
// history, and every full-text query goes through its FTS index (a MATCH). A change that loses an
// index fails here, in CI, without any timing.
import { describe, expect, it } from 'vitest'
import { ALL_FLOOR_SQL } from '../../scripts/bench/sql-floors'
import { noteOfAbout } from '../../scripts/bench/database-bench'
import { generateDataset } from '../../src/main/core/dataset/generate-dataset'
import { openCore } from '../support/core-fixture'
import { explainRecorded, recordStatements } from '../support/query-plans'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

describe('the queries the bench times', () => {
  it('use an index for every growing table, the FTS index for every search, and so do their SQL floors', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      generateDataset(db, { reps: 3, years: 1, seed: 'bench-plans', today: '2026-06-15' })
      const repId = db.prepare('SELECT id FROM reps WHERE archived_at IS NULL ORDER BY id').pluck().get() as number
      const seen = recordStatements(db)

      // The app's calls, as the bench makes them.
      core.ok('team.overview', { includeArchived: true })
      core.ok('reps.brief', { id: repId })
      const first = core.ok('reps.timeline', { repId, limit: 30 })
      core.ok('reps.timeline', { repId, limit: 30, before: first.nextCursor })
      for (const query of ['pricing', 'zeppelin', 'pri']) core.ok('search.query', { query })
      const { session } = core.ok('sessions.start', { repId })
      const note = noteOfAbout(2000, 1)
      const saved = core.ok('notes.save', { sessionId: session.id, kind: 'shared', doc: note.doc, text: note.text, baseRevision: 0 })
      core.ok('notes.save', { sessionId: session.id, kind: 'shared', doc: note.doc, text: `${note.text} more`, baseRevision: saved.revision })

      // The floors, with the parameters the bench gives them.
      const noteId = db.prepare('SELECT id FROM notes WHERE session_id = ?').pluck().get(session.id) as number
      const params = {
        today: '2026-06-15',
        windowFrom: '2026-03-17',
        repId,
        lastSessionDate: '2026-06-08',
        before: '2026-06-01',
        limit: 31,
        query: '"pricing"*',
        window: 400,
        id: noteId,
        revision: saved.revision,
        now: '2026-06-15T12:00:00.000Z',
        docJson: '{}',
        text: 'x'
      }
      const floorSeen = new Map<string, unknown[]>()
      for (const sql of ALL_FLOOR_SQL) {
        const names = new Set([...sql.matchAll(/@(\w+)/g)].map((match) => match[1]!))
        floorSeen.set(sql, [Object.fromEntries([...names].map((name) => [name, params[name as keyof typeof params]]))])
      }

      const app = explainRecorded(db, seen)
      const floors = explainRecorded(db, floorSeen)
      expect(seen.size).toBeGreaterThan(20)
      expect([...seen.keys()].some((sql) => /^\s*UPDATE notes SET revision/i.test(sql))).toBe(true)
      expect(app.fullScans).toEqual([])
      expect(app.ftsWithoutMatch).toEqual([])
      expect([...floors.ftsTables].sort()).toEqual(['agreements_fts', 'challenges_fts', 'goals_fts', 'note_bodies_fts', 'recognitions_fts'])
      expect(floors.fullScans).toEqual([])
      expect(floors.ftsWithoutMatch).toEqual([])
    } finally {
      core.kept.close()
    }
  })
})

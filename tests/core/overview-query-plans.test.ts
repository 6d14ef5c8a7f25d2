// Every statement behind the Team overview, the brief, a rep's history, the nudges and search is
// looked at with EXPLAIN QUERY PLAN on a generated data set: none may read a whole table that
// grows with the history (a SCAN of reps is fine: it is small), and every full-text query must
// go through its FTS index (a MATCH).
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../scripts/generate-dataset'
import { openCore } from '../support/core-fixture'
import { explainRecorded, recordStatements } from '../support/query-plans'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()


describe('queries behind Team, Brief, Timeline, history, nudges and Search', () => {
  it('use an index for every table that grows with the history, and the FTS index for every search', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      generateDataset(db, { reps: 4, years: 1, seed: 'plans', today: '2026-06-15' })
      const repIds = db.prepare('SELECT id FROM reps ORDER BY id').pluck().all() as number[]
      const goalId = db.prepare('SELECT id FROM goals ORDER BY id DESC LIMIT 1').pluck().get() as number
      const seen = recordStatements(db)

      core.ok('team.overview', {})
      core.ok('team.overview', { includeArchived: true })
      for (const id of repIds) core.ok('reps.brief', { id })
      const repId = repIds[0]!
      const first = core.ok('reps.timeline', { repId, limit: 10 })
      core.ok('reps.timeline', { repId, limit: 10, before: first.nextCursor })
      core.ok('reps.agreements', { repId })
      core.ok('reps.agreements', { repId, owner: 'manager' })
      core.ok('reps.agreements', { repId, status: 'open' })
      core.ok('reps.agreements', { repId, owner: 'rep', status: 'done' })
      core.ok('reps.recognitions', { repId })
      core.ok('reps.challenges', { repId })
      core.ok('goals.progress', { goalId })
      core.ok('nudges.dismiss', { repId, rule: 'recognition_drought' })
      core.ok('nudges.list', { repId })
      core.ok('nudges.restore', { repId, rule: 'recognition_drought' })
      for (const query of ['pricing', 'pri', 'zeppelin', 'acme logistics']) core.ok('search.query', { query })
      // With every recognition removed during its 1:1, search ranks the recognitions in full (its fallback).
      db.exec("UPDATE recognitions SET deleted_at = 'x'")
      core.ok('search.query', { query: 'the', limit: 1 })

      const { fullScans, ftsWithoutMatch, ftsTables } = explainRecorded(db, seen)
      expect(seen.size).toBeGreaterThan(25)
      expect([...ftsTables].sort()).toEqual(['agreements_fts', 'challenges_fts', 'goals_fts', 'note_bodies_fts', 'recognitions_fts'])
      expect([...seen.keys()].some((sql) => sql.includes('WHERE reps.id IS NOT NULL ORDER BY top.score'))).toBe(true)
      expect(fullScans).toEqual([])
      expect(ftsWithoutMatch).toEqual([])
    } finally {
      core.kept.close()
    }
  })
})

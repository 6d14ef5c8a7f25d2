// Follow-through is read as a few counted groups per rep instead of every agreement: the figures
// must be exactly those of classifying every agreement one by one, whatever the day.
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../src/main/core/dataset/generate-dataset'
import { listFollowThroughRows } from '../../src/main/core/repositories/overview-repository'
import { computeFollowThrough, followThroughWindow, loadFollowThrough } from '../../src/main/core/services/follow-through'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

describe('follow-through from counted groups', () => {
  it('equals classifying every agreement one by one, for every rep, on many days', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      generateDataset(db, { reps: 4, years: 1, seed: 'groups', today: '2026-06-15' })
      // Some agreements done late, some done without a date, some open and overdue, some trashed.
      db.exec(`UPDATE agreements SET done_on = date(due_date, '+3 days') WHERE status = 'done' AND id % 7 = 0`)
      db.exec(`UPDATE agreements SET done_on = NULL WHERE status = 'done' AND id % 11 = 0`)
      db.exec(`UPDATE agreements SET status = 'open', done_on = NULL WHERE id % 13 = 0`)
      db.exec(`DELETE FROM agreements WHERE id % 17 = 0`)
      const scope = { includeArchived: true }
      let compared = 0
      for (const today of ['2026-06-15', '2026-05-20', '2026-03-03', '2025-11-30']) {
        const window = followThroughWindow(today)
        const grouped = loadFollowThrough(db, scope, window)
        const rows = listFollowThroughRows(db, scope, window)
        const repIds = new Set(rows.map((row) => row.repId))
        expect([...grouped.keys()].sort()).toEqual([...repIds].sort())
        for (const repId of repIds) {
          const oneByOne = computeFollowThrough(
            rows.filter((row) => row.repId === repId),
            window
          )
          expect(grouped.get(repId), `${today} rep ${repId}`).toEqual(oneByOne)
          compared += oneByOne.rep.due + oneByOne.manager.due
        }
      }
      expect(compared).toBeGreaterThan(500)
    } finally {
      core.kept.close()
    }
  })
})

// A database file holding the export scenario (see tests/support/export-fixture.ts), made with
// the data core before the browser host opens it.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock } from '../../../src/main/core/clock'
import { openCore } from '../../support/core-fixture'
import { playExportScenario, type ExportScenario } from '../../support/export-fixture'

export function createExportDatabase(repFields: Record<string, unknown> = {}): ExportScenario & { dbPath: string; emptySessionId: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kept-export-db-'))
  let now = new Date('2026-06-15T12:00:00Z')
  const clock: Clock = { now: () => new Date(now) }
  const core = openCore(dir, clock)
  const db = core.kept.db
  const addGoal = (repId: number) =>
    Number(
      db
        .prepare(
          `INSERT INTO goals (rep_id, title, metric, unit, baseline, target, due_date, status, created_at, updated_at)
           VALUES (?, 'Close $100k this year', 'Closed-won ARR', 'currency', 0, 100000, '2026-12-31', 'on_track', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`
        )
        .run(repId).lastInsertRowid
    )
  const scenario = playExportScenario({ ok: core.ok, setNow: (iso) => (now = new Date(iso)), addGoal }, repFields)
  // A second rep whose only 1:1 has nothing in it: every section empty.
  now = new Date('2026-06-16T12:00:00Z')
  const quiet = core.ok('reps.create', { name: 'Sam Quiet', cadence: 'weekly' }).id
  const empty = core.ok('sessions.start', { repId: quiet }).session.id
  core.ok('sessions.finish', { id: empty })
  core.kept.close()
  return { ...scenario, dbPath: core.kept.path, emptySessionId: empty }
}

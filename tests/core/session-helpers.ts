// Helpers for the session-flow tests: a core whose clock can be moved between 1:1s, and the
// small amount of setup each test needs (a rep, a goal).
import { format } from 'date-fns'
import { afterEach, expect } from 'vitest'
import type { Clock } from '../../src/main/core/clock'
import type { ApiErrorData } from '../../src/shared/api-error'
import type { Preferences } from '../../src/shared/domain'
import { openCore, type CoreFixture } from '../support/core-fixture'

/** Monday 15 June 2026, at noon UTC so the local date is the same in nearly every time zone. */
export const MONDAY = '2026-06-15T12:00:00Z'

export interface SessionCore extends CoreFixture {
  /** Moves the clock (an ISO timestamp). */
  setNow(iso: string): void
  /** The clock's local 'YYYY-MM-DD'. */
  today(): string
  /** The clock's local 'YYYY-MM-DDTHH:MM'. */
  localNow(): string
  /** Runs a call expected to fail and returns its error. */
  fail(method: string, input: unknown): ApiErrorData
  addRep(fields?: Record<string, unknown>): number
  addGoal(repId: number, fields?: { title?: string; status?: string; archived?: boolean; createdAt?: string }): number
  /** Every row of the given tables, to compare before and after a refused write. */
  snapshot(...tables: string[]): Record<string, unknown[]>
}

/** Opens a core per test in a fresh folder, closed after each test. */
export function useSessionCore(tempDir: () => string): (options?: { now?: string; preferences?: Partial<Preferences> }) => SessionCore {
  const open: CoreFixture[] = []
  afterEach(() => {
    for (const core of open.splice(0)) core.kept.close()
  })
  return (options = {}) => {
    let now = new Date(options.now ?? MONDAY)
    const clock: Clock = { now: () => new Date(now) }
    const core = openCore(tempDir(), clock, options.preferences)
    open.push(core)
    const { db } = core.kept
    return {
      ...core,
      setNow(iso) {
        now = new Date(iso)
      },
      today: () => format(now, 'yyyy-MM-dd'),
      localNow: () => format(now, "yyyy-MM-dd'T'HH:mm"),
      fail(method, input) {
        const answer = core.call(method, input)
        expect(answer.ok, `${method} should have failed`).toBe(false)
        if (answer.ok) throw new Error('unreachable')
        return answer.error
      },
      addRep(fields = {}) {
        return core.ok('reps.create', { name: 'Dana Whitfield', cadence: 'weekly', ...fields }).id
      },
      addGoal(repId, fields = {}) {
        const stamp = fields.createdAt ?? '2026-01-01T00:00:00.000Z'
        return Number(
          db
            .prepare(
              `INSERT INTO goals (rep_id, title, metric, unit, baseline, target, due_date, status, archived_at, created_at, updated_at)
               VALUES (?, ?, 'Closed-won ARR', 'currency', 0, 100000, '2026-12-31', ?, ?, ?, ?)`
            )
            .run(repId, fields.title ?? 'Close $100k this year', fields.status ?? 'on_track', fields.archived ? stamp : null, stamp, stamp).lastInsertRowid
        )
      },
      snapshot(...tables) {
        return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]))
      }
    }
  }
}

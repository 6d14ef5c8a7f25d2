import { join } from 'node:path'
import { createApiHandlers, type ApiHandlers } from '../../src/main/core/api/handlers'
import { dispatch } from '../../src/main/core/api/dispatch'
import { fixedClock, type Clock } from '../../src/main/core/clock'
import { openDatabase, type KeptDatabase } from '../../src/main/core/db/open-database'
import { createMemoryPreferencesStore, type PreferencesStore } from '../../src/main/core/preferences/preferences-store'
import type { ApiEnvelope } from '../../src/shared/api-error'
import type { ApiMethod } from '../../src/shared/api-methods'
import type { MethodResult } from '../../src/shared/contract'
import type { Preferences } from '../../src/shared/domain'

export interface CoreFixture {
  kept: KeptDatabase
  handlers: ApiHandlers
  preferences: PreferencesStore
  call(method: string, input: unknown): ApiEnvelope<unknown>
  ok<M extends ApiMethod>(method: M, input: unknown): MethodResult<M>
  rowCounts(): Record<string, number>
}

/** A real database file in `dir`, with handlers on a clock (fixed at `now` if given as text) and preferences in memory. */
export function openCore(dir: string, now: string | Clock = '2026-06-15T09:00:00Z', preferenceOverrides: Partial<Preferences> = {}): CoreFixture {
  const kept = openDatabase(join(dir, 'kept.sqlite'))
  const preferences = createMemoryPreferencesStore(preferenceOverrides)
  const handlers = createApiHandlers({
    db: kept.db,
    clock: typeof now === 'string' ? fixedClock(now) : now,
    databasePath: kept.path,
    schemaVersion: kept.schemaVersion,
    host: 'browser',
    preferences
  })
  const call = (method: string, input: unknown) => dispatch(handlers, method, input)
  return {
    kept,
    handlers,
    preferences,
    call,
    ok<M extends ApiMethod>(method: M, input: unknown) {
      const envelope = call(method, input)
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`)
      return envelope.value as MethodResult<M>
    },
    rowCounts() {
      const tables = kept.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")
        .all() as Array<{ name: string }>
      return Object.fromEntries(tables.map(({ name }) => [name, (kept.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]))
    }
  }
}

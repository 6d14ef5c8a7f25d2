// The data core as both hosts build it: the integrity check deferred until after the first screen
// (a damaged file then moves the app to the recovery state), a file always checked before it is
// migrated, and a new, empty data file created from the recovery screen.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/core/api/dispatch'
import { createAppCore, type AppCore, type AppCoreOptions } from '../../src/main/core/app-core'
import { fixedClock } from '../../src/main/core/clock'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import type { DatabaseOpenError } from '../../src/main/core/db/errors'
import { openDatabase } from '../../src/main/core/db/open-database'
import { createMemoryPreferencesStore } from '../../src/main/core/preferences/preferences-store'
import { damage, damagedKeptFile } from '../support/damaged-file'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const cores: AppCore[] = []
afterEach(() => {
  for (const core of cores.splice(0)) core.close()
})

function appCore(dbPath: string, options: Partial<AppCoreOptions> = {}): AppCore {
  const core = createAppCore({ dbPath, clock: fixedClock('2026-06-15T09:00:00Z'), host: 'browser', preferences: createMemoryPreferencesStore(), ...options })
  cores.push(core)
  return core
}

describe('the integrity check after the first screen', () => {
  it('opens a damaged file without reading every page, then finds the damage and switches to recovery', async () => {
    const path = damagedKeptFile(tempDir())
    const before = readFileSync(path)
    const core = appCore(path, { deferIntegrityCheck: true })
    // The first screen's calls are answered (the damaged page is not one they read)…
    expect(dispatch(core.handlers, 'recovery.status', {})).toEqual({ ok: true, value: { needed: false } })
    expect(dispatch(core.handlers, 'app.status', {})).toMatchObject({ ok: true, value: { databasePath: path } })
    expect(core.session).not.toBeNull()

    // …and the page's check, once its first screen is shown, starts in the background and finds
    // the damage: the app is on the recovery screen with the file untouched.
    expect(dispatch(core.handlers, 'recovery.check', {})).toEqual({ ok: true, value: { needed: false, checking: true } })
    await core.verifyIntegrity()
    expect(dispatch(core.handlers, 'recovery.check', {})).toMatchObject({ ok: true, value: { needed: true, problem: 'damaged', databasePath: path } })
    expect(dispatch(core.handlers, 'recovery.status', {})).toMatchObject({ ok: true, value: { needed: true, problem: 'damaged' } })
    expect(dispatch(core.handlers, 'reps.list', {})).toMatchObject({ ok: false, error: { code: 'database_unavailable' } })
    expect(core.session).toBeNull()
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('leaves a sound file open and working after the check', async () => {
    const dir = tempDir()
    const core = appCore(join(dir, 'kept.sqlite'), { deferIntegrityCheck: true })
    expect(dispatch(core.handlers, 'reps.create', { name: 'Ana Ruiz' }).ok).toBe(true)
    expect(dispatch(core.handlers, 'recovery.check', {})).toEqual({ ok: true, value: { needed: false, checking: true } })
    await core.verifyIntegrity()
    expect(dispatch(core.handlers, 'recovery.check', {})).toEqual({ ok: true, value: { needed: false } })
    expect(dispatch(core.handlers, 'recovery.status', {})).toEqual({ ok: true, value: { needed: false } })
    expect(dispatch(core.handlers, 'reps.list', {})).toMatchObject({ ok: true, value: [{ name: 'Ana Ruiz' }] })
  })

  it('without deferral, a damaged file starts on the recovery screen', () => {
    const core = appCore(damagedKeptFile(tempDir()))
    expect(dispatch(core.handlers, 'recovery.status', {})).toMatchObject({ ok: true, value: { needed: true, problem: 'damaged' } })
  })

  it('still checks a file before migrating it, even when the check is deferred', () => {
    const dir = tempDir()
    const path = join(dir, 'old.sqlite')
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, MIGRATIONS.length - 1) })
    for (let i = 0; i < 300; i++) old.db.prepare("INSERT INTO reps (name, role, email, cadence, created_at, updated_at) VALUES (?, '', '', 'weekly', '2026-01-01', '2026-01-01')").run(`Rep ${i}`)
    old.db.pragma('wal_checkpoint(TRUNCATE)')
    old.close()
    damage(path)
    const before = readFileSync(path)
    let failure: DatabaseOpenError | undefined
    try {
      openDatabase(path, { skipIntegrityCheck: true }).close()
    } catch (error) {
      failure = error as DatabaseOpenError
    }
    expect(failure?.kind).toBe('damaged')
    expect(readFileSync(path).equals(before)).toBe(true)
  })
})

describe('a new data file from the recovery screen', () => {
  it('creates an empty Kept file where asked, remembers it, and works in it', () => {
    const dir = tempDir()
    const remembered: string[] = []
    const missing = join(dir, 'on-a-drive', 'kept.sqlite')
    const core = appCore(missing, { mustExist: true, onOpenedOtherFile: (path) => remembered.push(path) })
    expect(dispatch(core.handlers, 'recovery.status', {})).toMatchObject({ ok: true, value: { needed: true, problem: 'missing' } })

    const fresh = join(dir, 'new', 'kept-2026-06-15.sqlite')
    expect(dispatch(core.handlers, 'recovery.createFile', { path: fresh })).toEqual({ ok: true, value: { databasePath: fresh, keptAside: null } })
    expect(remembered).toEqual([fresh])
    expect(dispatch(core.handlers, 'reps.create', { name: 'Ana Ruiz' }).ok).toBe(true)
    expect(dispatch(core.handlers, 'app.status', {})).toMatchObject({ ok: true, value: { databasePath: fresh, repCount: 1 } })
    expect(existsSync(missing)).toBe(false)
  })

  it('refuses to create over a file that exists, changing nothing', () => {
    const dir = tempDir()
    const core = appCore(join(dir, 'gone.sqlite'), { mustExist: true })
    const existing = join(dir, 'shopping-list.txt')
    writeFileSync(existing, 'milk\neggs\n')
    expect(dispatch(core.handlers, 'recovery.createFile', { path: existing })).toEqual({
      ok: false,
      error: { code: 'conflict', message: `${existing} already exists. Open it instead, or choose a new name for the new data file.` }
    })
    expect(readFileSync(existing, 'utf8')).toBe('milk\neggs\n')
    expect(dispatch(core.handlers, 'recovery.status', {})).toMatchObject({ ok: true, value: { needed: true, problem: 'missing' } })
  })

  it('is refused while the data file is open and intact', () => {
    const dir = tempDir()
    const core = appCore(join(dir, 'kept.sqlite'))
    expect(dispatch(core.handlers, 'recovery.createFile', { path: join(dir, 'other.sqlite') })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(existsSync(join(dir, 'other.sqlite'))).toBe(false)
  })
})

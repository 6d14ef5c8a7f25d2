import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DatabaseOpenError } from '../../src/main/core/db/errors'
import type { KeptDatabase } from '../../src/main/core/db/open-database'
import { openDatabaseAtStartup, suggestNewDatabasePath, type DatabaseRecoveryDialogs, type RecoveryChoice } from '../../src/main/database-startup'
import { electronSqliteBindingPath, findWorkingSqliteEngine } from '../../src/main/sqlite-binding'
import { useTempDir } from '../support/temp-dir'

const newTempDir = useTempDir()
const opened: KeptDatabase[] = []
afterEach(() => {
  for (const kept of opened.splice(0)) kept.close()
})

function scriptedDialogs(script: { choices: RecoveryChoice[]; existing?: Array<string | null>; created?: Array<string | null> }) {
  const errors: DatabaseOpenError[] = []
  const dialogs: DatabaseRecoveryDialogs = {
    askHowToRecover: vi.fn(async (error: DatabaseOpenError) => {
      errors.push(error)
      return script.choices.shift() ?? 'quit'
    }),
    chooseExistingFile: vi.fn(async () => script.existing?.shift() ?? null),
    chooseNewFile: vi.fn(async () => script.created?.shift() ?? null)
  }
  return { dialogs, errors }
}

function notADatabase(dir: string): string {
  const path = join(dir, 'kept.sqlite')
  writeFileSync(path, 'this is a shopping list, not a database\n'.repeat(50))
  return path
}

async function start(path: string, dialogs: DatabaseRecoveryDialogs, rememberPath = vi.fn()) {
  const kept = await openDatabaseAtStartup({ path, nativeBinding: undefined, dialogs, rememberPath })
  if (kept) opened.push(kept)
  return kept
}

describe('opening the database at startup', () => {
  it('says a chosen file is missing (a drive not connected) instead of creating an empty one there', async () => {
    const path = join(newTempDir(), 'usb-stick', 'kept.sqlite')
    const { dialogs, errors } = scriptedDialogs({ choices: ['quit'] })
    const kept = await openDatabaseAtStartup({ path, mustExist: true, nativeBinding: undefined, dialogs, rememberPath: vi.fn() })
    expect(kept).toBeNull()
    expect(errors.map((error) => error.kind)).toEqual(['missing'])
    expect(errors[0]!.message).toContain('was not found. If it is on a drive or in a folder that is not available, connect it and try again')
    expect(existsSync(path)).toBe(false)
  })

  it('opens (creating) the file quietly when all is well, remembering nothing', async () => {
    const path = join(newTempDir(), 'nested', 'kept.sqlite')
    const { dialogs } = scriptedDialogs({ choices: [] })
    const rememberPath = vi.fn()
    const kept = await start(path, dialogs, rememberPath)
    expect(kept?.path).toBe(path)
    expect(existsSync(path)).toBe(true)
    expect(dialogs.askHowToRecover).not.toHaveBeenCalled()
    expect(rememberPath).not.toHaveBeenCalled()
  })

  it('on a file it cannot open, shows the error and quits when asked, leaving the file alone', async () => {
    const path = notADatabase(newTempDir())
    const { dialogs, errors } = scriptedDialogs({ choices: ['quit'] })
    expect(await start(path, dialogs)).toBeNull()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(DatabaseOpenError)
    expect(errors[0]!.message).toMatch(/not a Kept database/)
  })

  it('creates a new database where the user says, and remembers it', async () => {
    const dir = newTempDir()
    const path = notADatabase(dir)
    const fresh = join(dir, 'fresh.sqlite')
    const { dialogs } = scriptedDialogs({ choices: ['create-file'], created: [fresh] })
    const rememberPath = vi.fn()
    const kept = await start(path, dialogs, rememberPath)
    expect(kept?.path).toBe(fresh)
    expect(dialogs.chooseNewFile).toHaveBeenCalledWith(suggestNewDatabasePath(path))
    expect(rememberPath).toHaveBeenCalledExactlyOnceWith(fresh)
  })

  it('opens another existing file the user picks; a cancelled picker asks again', async () => {
    const dir = newTempDir()
    const good = join(dir, 'good.sqlite')
    ;(await start(good, scriptedDialogs({ choices: [] }).dialogs))!.close()
    opened.length = 0
    const bad = notADatabase(newTempDir())
    const badToo = join(dir, 'bad-too.sqlite')
    writeFileSync(badToo, 'nope'.repeat(200))
    const { dialogs, errors } = scriptedDialogs({ choices: ['choose-file', 'choose-file', 'choose-file'], existing: [null, badToo, good] })
    const rememberPath = vi.fn()
    const kept = await start(bad, dialogs, rememberPath)
    expect(kept?.path).toBe(good)
    expect(errors.map((error) => error.path)).toEqual([bad, bad, badToo])
    expect(rememberPath).toHaveBeenCalledExactlyOnceWith(good)
  })

  it('passes the native binding to openDatabase', async () => {
    const open = vi.fn(() => ({ path: 'x' }) as KeptDatabase)
    await openDatabaseAtStartup({ path: '/tmp/x.sqlite', nativeBinding: '/opt/kept/native/electron/better_sqlite3.node', dialogs: scriptedDialogs({ choices: [] }).dialogs, rememberPath: vi.fn(), open })
    expect(open).toHaveBeenCalledWith('/tmp/x.sqlite', { nativeBinding: '/opt/kept/native/electron/better_sqlite3.node' })
  })

  it('lets errors that are not about the file propagate', async () => {
    const open = vi.fn(() => {
      throw new TypeError('bug')
    })
    await expect(openDatabaseAtStartup({ path: '/tmp/x.sqlite', nativeBinding: undefined, dialogs: scriptedDialogs({ choices: [] }).dialogs, rememberPath: vi.fn(), open })).rejects.toThrow('bug')
  })
})

describe('finding the SQLite engine', () => {
  it('looks for the Electron build beside the app, or in resources when packaged', () => {
    expect(electronSqliteBindingPath({ appPath: '/src/kept', resourcesPath: '/x', isPackaged: false })).toBe(join('/src/kept', 'native', 'electron', 'better_sqlite3.node'))
    expect(electronSqliteBindingPath({ appPath: '/opt/Kept/resources/app.asar', resourcesPath: '/opt/Kept/resources', isPackaged: true })).toBe(
      join('/opt/Kept/resources', 'native', 'electron', 'better_sqlite3.node')
    )
  })

  it('uses the given build when it loads', () => {
    const loadable = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
    expect(findWorkingSqliteEngine(loadable)).toEqual({ ok: true, nativeBinding: loadable })
  })

  it('falls back to the default binding when the Electron build is missing', () => {
    expect(findWorkingSqliteEngine('/nowhere/better_sqlite3.node')).toEqual({ ok: true, nativeBinding: undefined })
  })

  it('falls back to the default binding when the Electron build does not load', () => {
    const broken = join(newTempDir(), 'better_sqlite3.node')
    writeFileSync(broken, 'not an addon')
    expect(findWorkingSqliteEngine(broken)).toEqual({ ok: true, nativeBinding: undefined })
  })
})

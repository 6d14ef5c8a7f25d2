// Which better-sqlite3 build the app loads: the Electron one beside the app, or the default.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { electronSqliteBindingPath, findWorkingSqliteEngine } from '../../src/main/sqlite-binding'
import { useTempDir } from '../support/temp-dir'

const newTempDir = useTempDir()

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

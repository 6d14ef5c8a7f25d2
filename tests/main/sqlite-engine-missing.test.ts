// When no build of better-sqlite3 loads (the usual case in Electron before `npm run postinstall`
// has built the Electron one), Kept says so plainly, with the fix.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { sqliteEngineMissingMessage } from '../../src/main/dialogs'
import { findWorkingSqliteEngine } from '../../src/main/sqlite-binding'
import { useTempDir } from '../support/temp-dir'

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)
vi.mock('better-sqlite3', () => ({
  default: class {
    constructor(_path: string, options: { nativeBinding?: string } = {}) {
      throw new Error(
        options.nativeBinding
          ? `The module '${options.nativeBinding}' was compiled against a different Node.js version using NODE_MODULE_VERSION 115.`
          : 'Could not locate the bindings file.'
      )
    }
  }
}))

const newTempDir = useTempDir()

describe('when no SQLite engine loads', () => {
  it('reports where the Electron build was expected and why each attempt failed', () => {
    const missing = findWorkingSqliteEngine('/opt/kept/native/electron/better_sqlite3.node')
    expect(missing).toMatchObject({ ok: false, expectedPath: '/opt/kept/native/electron/better_sqlite3.node' })
    if (missing.ok) throw new Error('unreachable')
    expect(missing.reason).toContain('does not exist')
    expect(missing.reason).toContain('Could not locate the bindings file')

    const wrongAbi = join(newTempDir(), 'better_sqlite3.node')
    writeFileSync(wrongAbi, '')
    const broken = findWorkingSqliteEngine(wrongAbi)
    if (broken.ok) throw new Error('expected a failure')
    expect(broken.reason).toContain('NODE_MODULE_VERSION')
  })

  it('tells a developer to run `npm run postinstall` online, and a user of an installed copy to reinstall', () => {
    const source = sqliteEngineMissingMessage('/src/kept/native/electron/better_sqlite3.node', 'details', false)
    expect(source.message).toMatch(/Electron build of its database engine \(better-sqlite3\) is missing/)
    expect(source.detail).toContain('/src/kept/native/electron/better_sqlite3.node')
    expect(source.detail).toContain('npm run postinstall')
    expect(source.detail).toMatch(/internet/)
    expect(source.detail).toContain('details')
    expect(sqliteEngineMissingMessage('/opt/Kept/resources/native/electron/better_sqlite3.node', 'details', true).detail).toMatch(/Reinstall Kept/)
  })
})

// `npm run test:electron` where Electron cannot run (as on this machine: the electron package is
// installed, its binary is not): it fails at once, with one line that says why. The script runs
// from a copy in a folder of its own, so the test holds on machines that do have Electron too.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const SCRIPT = resolve('scripts', 'test-electron.mjs')

function checkoutWithoutElectronBinary(): string {
  const root = mkdtempSync(join(tmpdir(), 'kept-electron-guard-'))
  mkdirSync(join(root, 'scripts'))
  copyFileSync(SCRIPT, join(root, 'scripts', 'test-electron.mjs'))
  writeFileSync(join(root, 'package.json'), '{ "name": "kept", "type": "module" }\n')
  // The electron package as npm leaves it when its binary could not be downloaded: index.js and
  // package.json, no path.txt, no dist/.
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true })
  for (const file of ['index.js', 'package.json']) copyFileSync(resolve('node_modules', 'electron', file), join(root, 'node_modules', 'electron', file))
  return root
}

function runGuard(root: string, env: Record<string, string | undefined> = {}) {
  const environment: Record<string, string> = {}
  for (const [key, value] of Object.entries({ ...process.env, ELECTRON_OVERRIDE_DIST_PATH: undefined, KEPT_APP_PATH: undefined, ...env })) {
    if (value !== undefined) environment[key] = value
  }
  const startedAt = Date.now()
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'test-electron.mjs')], { cwd: root, env: environment, encoding: 'utf8', timeout: 30_000 })
  return { ...result, elapsedMs: Date.now() - startedAt, stderrLines: result.stderr.split('\n').filter(Boolean) }
}

describe('npm run test:electron where Electron is missing', () => {
  const roots: string[] = []
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
  })

  it('fails at once with one line saying the Electron binary is not installed', () => {
    const root = checkoutWithoutElectronBinary()
    roots.push(root)
    const result = runGuard(root)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderrLines).toEqual([expect.stringMatching(/^npm run test:electron: the Electron binary is not installed here \(require\('electron'\) failed: Electron failed to install correctly/)])
    expect(result.elapsedMs).toBeLessThan(10_000)
  })

  it('fails at once with one line when KEPT_APP_PATH names no file', () => {
    const root = checkoutWithoutElectronBinary()
    roots.push(root)
    const missing = join(root, 'dist', 'linux-unpacked', 'kept')
    const result = runGuard(root, { KEPT_APP_PATH: missing })
    expect(result.status).toBe(1)
    expect(result.stderrLines).toEqual([`npm run test:electron: KEPT_APP_PATH names ${missing}, which does not exist; point it at the installed Kept executable.`])
  })
})

// Packaging smoke: the app `npm run dist` made, started from where it was installed (KEPT_APP_PATH:
// /opt/Kept/kept from the .deb, the extracted AppImage, Kept.app from the .dmg, Kept.exe from the
// NSIS installer). It proves the Electron build of better-sqlite3 is inside and loads, and reads
// the fuses from the binary. A packaged Kept has the Node inspector turned off by its fuses, so
// Playwright's Electron launcher cannot drive it; the test drives its window over the Chromium
// DevTools protocol instead (--remote-debugging-port) and cannot stub anything in main.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import Database from 'better-sqlite3'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { killProcessTree } from '../support/kept-app'
import { fuseMismatches, fusesOfPackagingConfig, fuseState, resourcesOf } from '../support/packaged-app'

const APP_PATH = process.env['KEPT_APP_PATH'] ?? ''

interface RunningPackagedApp {
  child: ChildProcess
  browser: Browser
  window: Page
}

async function startPackagedApp(userDataDir: string): Promise<RunningPackagedApp> {
  const env = { ...process.env }
  delete env['ELECTRON_RUN_AS_NODE']
  const args = [`--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', ...(process.platform === 'linux' ? ['--no-sandbox'] : [])]
  const child = spawn(APP_PATH, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' })
  const endpoint = await new Promise<string>((resolveEndpoint, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Kept did not open its DevTools endpoint within 60 s:\n${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output)
      if (found) {
        clearTimeout(timer)
        resolveEndpoint(found[1]!)
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Kept exited (${code}) before it opened a window:\n${output}`))
    })
  })
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0] ?? (await browser.newContext())
  const isMainWindow = (page: Page) => /index\.html|^app:/.test(page.url())
  const window = context.pages().find(isMainWindow) ?? (await context.waitForEvent('page', { predicate: isMainWindow, timeout: 60_000 }))
  return { child, browser, window }
}

async function stop(app: RunningPackagedApp): Promise<void> {
  const exited = app.child.exitCode === null ? new Promise((resolveExit) => app.child.once('exit', resolveExit)) : Promise.resolve()
  await app.browser.close().catch(() => undefined)
  if (app.child.exitCode === null && app.child.pid) await killProcessTree(app.child.pid)
  await exited
}

describe(`the packaged app at ${APP_PATH}`, () => {
  let dir: string
  let running: RunningPackagedApp | undefined

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kept-packaged-'))
  })
  afterEach(async () => {
    if (running) await stop(running)
    running = undefined
    rmSync(dir, { recursive: true, force: true })
  })

  it('carries the Electron build of better-sqlite3 outside its asar archive (not the Node build)', () => {
    const resources = resourcesOf(APP_PATH)
    expect(existsSync(join(resources, 'app.asar'))).toBe(true)
    const addon = join(resources, 'native', 'electron', 'better_sqlite3.node')
    expect(existsSync(addon), `${addon} is missing`).toBe(true)
    // Built for Electron's ABI, so Node refuses it: a copy of the Node build would load here.
    expect(() => process.dlopen({ exports: {} }, addon)).toThrow()
  })

  it('has every fuse electron-builder.yml sets, read from the binary, with run-as-node and the inspector off', async () => {
    const configured = fusesOfPackagingConfig(readFileSync(resolve('electron-builder.yml'), 'utf8'))
    expect(configured.size).toBeGreaterThan(0)
    expect(await fuseMismatches(APP_PATH, configured)).toEqual([])
    expect(await fuseState(APP_PATH, FuseV1Options.RunAsNode)).toBe('0')
    expect(await fuseState(APP_PATH, FuseV1Options.EnableNodeCliInspectArguments)).toBe('0')
    expect(await fuseState(APP_PATH, FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0')
  })

  it('starts from its installed path, opens its data with that engine and creates the demo team', async () => {
    const userDataDir = join(dir, 'user-data')
    running = await startPackagedApp(userDataDir)
    const { window } = running
    await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor({ timeout: 60_000 })
    await window.getByRole('button', { name: 'Explore with a demo team' }).click()
    await expect.poll(() => window.locator('.team-table tbody tr').count(), { timeout: 30_000 }).toBe(6)
    await window.getByRole('link', { name: 'Settings' }).click()
    const dbPath = join(userDataDir, 'kept.sqlite')
    await window.getByText(dbPath).waitFor()
    await stop(running)
    running = undefined

    const db = new Database(dbPath, { readonly: true, fileMustExist: true })
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.prepare('SELECT count(*) AS n FROM reps').get()).toEqual({ n: 6 })
    } finally {
      db.close()
    }
  }, 180_000)
})

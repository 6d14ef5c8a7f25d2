// tests/electron/support/observe-main.cjs, the recorder the Electron suite loads ahead of Kept's
// main process, run here in Node with a stand-in `electron` module: it records every request a
// session sends (the default one and any created later), dictionary downloads, loads of the
// better-sqlite3 addon, notes from test stubs, and will-quit, so the suite's checks can fail.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const FAKE_ELECTRON = `
const { EventEmitter } = require('node:events')
function makeSession() {
  const session = new EventEmitter()
  session.webRequest = { onSendHeaders(listener) { session.sendHeaders = listener } }
  return session
}
let markReady
const ready = new Promise((resolve) => (markReady = resolve))
const app = new EventEmitter()
app.whenReady = () => ready
module.exports = { app, session: { defaultSession: makeSession() }, testing: { markReady: () => markReady(), makeSession } }
`

const DRIVER = (sqlite: string) => `
const { app, session, testing } = require('electron')
testing.markReady()
setTimeout(() => {
  session.defaultSession.sendHeaders({ url: 'https://telemetry.example.com/ping', method: 'POST', resourceType: 'xhr' })
  const later = testing.makeSession()
  app.emit('session-created', later)
  later.sendHeaders({ url: 'http://203.0.113.9/font.woff2', method: 'GET', resourceType: 'font' })
  later.emit('spellcheck-dictionary-download-begin', {}, 'en-US')
  const Database = require(${JSON.stringify(sqlite)})
  new Database(':memory:').close()
  globalThis.keptTestNote('message-box', { message: 'Kept could not save', buttons: ['Keep Kept open', 'Quit and lose it'] })
  app.emit('will-quit')
}, 10)
`

describe('the main-process recorder of the Electron suite', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('records requests from every session, dictionary downloads, SQLite addon loads, stub notes and will-quit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-observer-'))
    dirs.push(dir)
    copyFileSync(resolve('tests', 'electron', 'support', 'observe-main.cjs'), join(dir, 'observe-main.cjs'))
    mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true })
    writeFileSync(join(dir, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON)
    writeFileSync(join(dir, 'driver.cjs'), DRIVER(resolve('node_modules', 'better-sqlite3')))
    const observations = join(dir, 'observations.jsonl')
    const run = spawnSync(process.execPath, ['-r', './observe-main.cjs', './driver.cjs'], { cwd: dir, env: { ...process.env, KEPT_TEST_OBSERVATIONS: observations }, encoding: 'utf8', timeout: 30_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)

    const entries = readFileSync(observations, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { pid: number; kind: string; url?: string; path?: string; message?: string })
    expect(new Set(entries.map((entry) => entry.pid)).size).toBe(1)
    expect(entries.map((entry) => entry.kind)).toEqual(['started', 'request', 'request', 'request', 'sqlite-addon', 'message-box', 'will-quit'])
    expect(entries.filter((entry) => entry.kind === 'request').map((entry) => entry.url)).toEqual(['https://telemetry.example.com/ping', 'http://203.0.113.9/font.woff2', 'spellcheck-dictionary:en-US'])
    expect(entries.find((entry) => entry.kind === 'sqlite-addon')?.path).toMatch(/better_sqlite3\.node$/)
    expect(entries.find((entry) => entry.kind === 'message-box')?.message).toBe('Kept could not save')
  })
})

// "Never loses a word": text shown as saved survives the host being killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { callApi as call } from './support/page-helpers'
import { CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from './support/harness'

const HOST_CLI = resolve('src', 'main', 'host', 'host-cli.ts')

/** Starts the browser host as its own process (so it can be killed) and resolves with its URL. */
function startHost(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOST_CLI, '--db', dbPath], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let errors = ''
    const timer = setTimeout(() => reject(new Error(`The host did not start: ${errors}`)), 30_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const url = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output)?.[0]
      if (url) {
        clearTimeout(timer)
        resolveStart({ child, url })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The host exited (${code}): ${errors}`))
    })
  })
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolveKill) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolveKill())
    child.kill('SIGKILL')
  })
}

describe('killing the host', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kept-e2e-kill-'))
  const dbPath = join(dir, 'kept.sqlite')
  let browser: Browser
  let host: { child: ChildProcess; url: string }

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    host = await startHost(dbPath)
  })
  afterAll(async () => {
    await browser?.close()
    if (host?.child.exitCode === null) await killHard(host.child)
    rmSync(dir, { recursive: true, force: true })
  })

  it('loses nothing that was shown as saved', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(host.url)
    const rep = await call<Rep>(page, 'reps.create', { name: 'Ines Carvalho' })
    const session = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await page.goto(`${host.url}#/session/${session.session.id}?section=8`)
    await page.getByRole('textbox', { name: 'Shared notes' }).focus()
    await page.keyboard.type('Every word of this survives a crash')
    await page.getByRole('textbox', { name: 'Private notes' }).focus()
    await page.keyboard.type('So does this private one')
    await page.keyboard.press('Alt+1')
    await page.getByLabel('In one line: how are they doing?').fill('Steady')
    await page.locator('[data-save-status="saved"]').waitFor()

    await killHard(host.child)
    // The file is intact and holds both notes apart, before Kept opens it again.
    const db = new Database(dbPath, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const stored = db.prepare('SELECT notes.kind, note_bodies.plain_text AS text FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id ORDER BY notes.kind').all()
    expect(stored).toEqual([
      { kind: 'private', text: 'So does this private one' },
      { kind: 'shared', text: 'Every word of this survives a crash' }
    ])
    db.close()
    host = await startHost(dbPath)
    await page.goto(`${host.url}#/session/${session.session.id}?section=8`)
    await page.getByRole('textbox', { name: 'Shared notes' }).getByText('Every word of this survives a crash').waitFor()
    await page.getByRole('textbox', { name: 'Private notes' }).getByText('So does this private one').waitFor()
    await screenshot(page, 'session-after-kill')
    await page.keyboard.press('Alt+1')
    await expect.poll(() => page.getByLabel('In one line: how are they doing?').inputValue()).toBe('Steady')
    await page.close()
  })
})

// "Killing the app at any moment loses nothing that was shown as saved": type into a 1:1's
// notes, wait for "Saved", kill the host process with SIGKILL, start it again on the same file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from './support/harness'
import { startHostProcess, type HostProcess } from './support/host-process'

describe('crash safety of autosave', () => {
  let dir: string
  let browser: Browser
  let host: HostProcess | undefined

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kept-crash-'))
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
    await host?.kill()
    rmSync(dir, { recursive: true, force: true })
  })

  it('loses nothing that was shown as saved when the host is killed with SIGKILL', async () => {
    const dbPath = join(dir, 'kept.sqlite')
    host = await startHostProcess({ dbPath, demo: true })
    const port = Number(new URL(host.url).port)
    const page = await browser.newPage()
    await page.goto(host.url)

    const firstRep = page.locator('.team-table tbody th a').first()
    await firstRep.waitFor()
    const repName = (await firstRep.textContent())!
    await page.getByRole('button', { name: `Start 1:1 with ${repName}` }).click()
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Notes/ }).click()

    const words = ['Renewal', 'risk', 'at', 'Northwind:', 'champion', 'left,', 'new', 'CFO', 'wants', 'a', 'business', 'case', 'by', 'Friday.']
    const shared = page.getByRole('textbox', { name: 'Shared notes' })
    await shared.click()
    await shared.pressSequentially(words.join(' '), { delay: 5 })
    await page.locator('[data-save-status="saved"]').waitFor({ timeout: 10_000 })
    const sessionUrl = page.url()

    await host.kill('SIGKILL')
    expect(host.child.signalCode).toBe('SIGKILL')

    // The file is intact and holds the saved text, before anything reopens it through Kept.
    const db = new Database(dbPath, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const stored = db.prepare("SELECT plain_text FROM note_bodies JOIN notes ON notes.id = note_bodies.note_id WHERE notes.kind = 'shared' ORDER BY notes.updated_at DESC LIMIT 1").get() as { plain_text: string }
    expect(stored.plain_text).toContain(words.join(' '))
    db.close()

    host = await startHostProcess({ dbPath, port })
    await page.goto(sessionUrl)
    await page.reload()
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Notes/ }).click()
    await page.getByRole('textbox', { name: 'Shared notes' }).getByText(words.join(' ')).waitFor()
    await screenshot(page, 'crash-safety-after-restart')
  })
})

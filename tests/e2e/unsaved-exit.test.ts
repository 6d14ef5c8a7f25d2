// Closing the page while text is not saved asks first (beforeunload): the browser host has no
// main process to wait for the last write, so the page itself must not let the words go unasked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dialog } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { callApi as call } from './support/page-helpers'
import { launchApp, type E2eApp } from './support/harness'

const CHECK_IN = 'In one line: how are they doing?'

describe('closing the page over unsaved text', () => {
  let app: E2eApp

  beforeEach(async () => {
    app = await launchApp()
    const rep = await call<Rep>(app.page, 'reps.create', { name: 'Maya Lindqvist', cadence: 'weekly' })
    const detail = await call<SessionDetail>(app.page, 'sessions.start', { repId: rep.id })
    await app.page.goto(`${app.host.url}#/session/${detail.session.id}`)
    await app.page.keyboard.press('Alt+2')
    await app.page.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor()
  })
  afterEach(async () => {
    await app?.close()
  })

  /** Types into the check-in line as a person does (a click and keys: the browser asks only after a real gesture). */
  async function typeCheckIn(text: string): Promise<void> {
    await app.page.getByLabel(CHECK_IN).click()
    await app.page.keyboard.type(text)
  }

  it('asks before closing while a save is failing, and staying keeps the text', async () => {
    const { page } = app
    await page.route('**/api/sessions.updateCheckIn', (route) => route.abort())
    await typeCheckIn('Calm and focused')
    await page.locator('[data-save-status="retrying"]').waitFor()

    const dialogs: Dialog[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog)
      void dialog.dismiss()
    })
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => dialogs.map((dialog) => dialog.type())).toEqual(['beforeunload'])
    // Staying: the page and the text are still there.
    expect(page.isClosed()).toBe(false)
    await expect.poll(() => page.getByLabel(CHECK_IN).inputValue()).toBe('Calm and focused')
  })

  it('closes without asking once everything is saved', async () => {
    const { page } = app
    await typeCheckIn('Calm and focused')
    await page.locator('[data-save-status="saved"]').waitFor({ timeout: 10_000 })
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type())
      void dialog.dismiss()
    })
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => page.isClosed()).toBe(true)
    expect(dialogs).toEqual([])
  })
})

describe('the desktop app\'s flush before closing', () => {
  it('is answered on the recovery screen too, at once and "all saved", so closing there neither waits nor asks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-e2e-exit-'))
    const dbPath = join(dir, 'kept.sqlite')
    writeFileSync(dbPath, 'definitely not SQLite\n'.repeat(100))
    const app = await launchApp({ dbPath })
    try {
      // The preload's window.keptApp, as the page sees it in the app: it records the page's flush.
      await app.context.addInitScript(() => {
        const target = globalThis as unknown as { keptApp: unknown; keptFlush?: () => Promise<unknown> }
        target.keptApp = Object.freeze({
          onFlushRequest: (flush: () => Promise<unknown>) => {
            target.keptFlush = flush
          }
        })
      })
      await app.page.reload()
      await app.page.getByRole('heading', { level: 1, name: 'This is not a Kept data file' }).waitFor()
      await expect.poll(() => app.page.evaluate(() => typeof (globalThis as unknown as { keptFlush?: unknown }).keptFlush)).toBe('function')
      await expect.poll(() => app.page.evaluate(() => (globalThis as unknown as { keptFlush: () => Promise<unknown> }).keptFlush())).toEqual({ allSaved: true })
    } finally {
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

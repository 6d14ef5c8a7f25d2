// Quitting the real desktop app: with everything saved, Cmd/Ctrl+Q quits at once; with text that
// cannot be saved, Kept asks first ("Kept could not save … Keep Kept open / Quit and lose it").
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../../src/shared/domain'
import { answerMessageBoxes, callApi, clickQuitMenuItem, recordedMessageBoxes, showScreen, useKeptApp, type KeptApp } from '../support/kept-app'

/** A rep, a 1:1 started with them, and its Notes section on screen. */
async function openNotesOfNewSession(window: Page): Promise<number> {
  await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
  const rep = await callApi<Rep>(window, 'reps.create', { name: 'Ines Carvalho', cadence: 'weekly' })
  const started = await callApi<SessionDetail>(window, 'sessions.start', { repId: rep.id })
  await showScreen(window, `#/session/${started.session.id}?section=8`)
  await window.getByRole('textbox', { name: 'Shared notes' }).waitFor()
  return started.session.id
}

function sharedNotesIn(dbPath: string, sessionId: number): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    const row = db.prepare("SELECT plain_text FROM note_bodies JOIN notes ON notes.id = note_bodies.note_id WHERE notes.session_id = ? AND notes.kind = 'shared'").get(sessionId) as { plain_text: string } | undefined
    return row?.plain_text ?? ''
  } finally {
    db.close()
  }
}

/** Resolves when the app's process has ended; rejects if it is still running after `withinMs`. */
function exitOf(kept: KeptApp, withinMs = 10_000): Promise<void> {
  return new Promise((resolveExit, reject) => {
    const timer = setTimeout(() => reject(new Error(`Kept was still running ${withinMs / 1000} s after Quit.`)), withinMs)
    kept.electronApp.once('close', () => {
      clearTimeout(timer)
      resolveExit()
    })
  })
}

describe('quitting the desktop app', () => {
  const app = useKeptApp()
  let blocker: Database.Database | undefined

  // Registered after useKeptApp, so it runs before Kept is closed (after-hooks run in reverse).
  afterEach(() => {
    if (blocker?.inTransaction) blocker.exec('ROLLBACK')
    blocker?.close()
    blocker = undefined
  })

  it('quits within a second of Cmd/Ctrl+Q when everything is saved, asking nothing', async () => {
    const kept = await app.launch()
    const { window, electronApp } = kept
    const sessionId = await openNotesOfNewSession(window)
    await window.getByRole('textbox', { name: 'Shared notes' }).focus()
    await window.keyboard.type('Everything here is saved before quitting.')
    await window.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 })
    await answerMessageBoxes(electronApp, 'Keep Kept open')

    const exited = exitOf(kept)
    const pressedAt = Date.now()
    const accelerator = await clickQuitMenuItem(electronApp)
    expect(accelerator).toMatch(/^(CmdOrCtrl|CommandOrControl|Command|Cmd)\+Q$/)
    await exited
    const quitAt = app.profile.observations().find((entry) => entry.kind === 'will-quit' && entry.pid === kept.pid)?.at
    expect(quitAt, 'Kept never reached will-quit').toBeDefined()
    expect(quitAt! - pressedAt).toBeLessThan(1000)
    expect(recordedMessageBoxes(app.profile)).toEqual([])
    expect(sharedNotesIn(app.profile.dbPath, sessionId)).toBe('Everything here is saved before quitting.')
  }, 120_000)

  it('asks "Keep Kept open / Quit and lose it" when text cannot be saved, stays open when told to, and saves once it can', async () => {
    const kept = await app.launch()
    const { window, electronApp } = kept
    const sessionId = await openNotesOfNewSession(window)
    const notes = window.getByRole('textbox', { name: 'Shared notes' })
    await notes.focus()
    await window.keyboard.type('Saved before the file was locked.')
    await window.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 })

    // Another program takes the file's write lock and keeps it: from now on no save can succeed
    // (chmod would not do: Kept's connection keeps the file descriptor it opened read-write).
    blocker = new Database(app.profile.dbPath, { fileMustExist: true })
    blocker.exec('BEGIN IMMEDIATE')
    await window.keyboard.type(' Typed while nothing can be saved.')
    await window.locator('[data-save-status="retrying"]').waitFor({ timeout: 30_000 })

    await answerMessageBoxes(electronApp, 'Keep Kept open')
    await clickQuitMenuItem(electronApp)
    await expect.poll(() => recordedMessageBoxes(app.profile).length, { timeout: 45_000 }).toBeGreaterThan(0)
    const [question] = recordedMessageBoxes(app.profile)
    expect(question!.message).toMatch(/Kept could not save/)
    expect(question!.buttons).toEqual(expect.arrayContaining(['Keep Kept open', 'Quit and lose it']))

    // Told to stay: the window and every typed word are still there.
    await expect.poll(() => electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((shown) => !shown.isDestroyed()).length)).toBe(1)
    await expect.poll(() => notes.textContent()).toContain('Typed while nothing can be saved.')

    // The other program lets go: the retry saves, and quitting asks nothing more.
    blocker.exec('ROLLBACK')
    blocker.close()
    blocker = undefined
    await window.locator('[data-save-status="saved"]').waitFor({ timeout: 45_000 })
    const exited = exitOf(kept)
    await clickQuitMenuItem(electronApp)
    await exited
    expect(recordedMessageBoxes(app.profile)).toHaveLength(1)
    expect(sharedNotesIn(app.profile.dbPath, sessionId)).toBe('Saved before the file was locked. Typed while nothing can be saved.')
  }, 240_000)
})

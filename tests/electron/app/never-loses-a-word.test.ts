// "Never lose a word" in the real desktop app: a 1:1 run from the keyboard, every field shown as
// saved, the app killed with SIGKILL (no flush, no quit handler), relaunched: every word is there.
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { RepDetail, TeamMember } from '../../../src/shared/domain'
import { callApi, showScreen, useKeptApp } from '../support/kept-app'

const TEXT = {
  checkIn: 'Tired after the quarter-end push, but proud of the Northwind renewal.',
  point: 'Wants to talk about the enterprise territory split',
  step: 'Send the mutual action plan to Brightline by Friday',
  shared: 'Agreed to focus on three late-stage deals',
  private: 'Watch for burnout: second late night this week'
}

async function waitForSaved(window: Page): Promise<void> {
  await window.locator('[data-save-status="saved"]').filter({ hasText: 'Saved' }).waitFor({ timeout: 15_000 })
}

describe('a 1:1 typed in the desktop app survives SIGKILL', () => {
  const app = useKeptApp()

  it('runs a 1:1 from the keyboard, is killed once it shows "Saved", and has every word after a relaunch', async () => {
    const kept = await app.launch()
    const { window } = kept
    await window.getByRole('button', { name: 'Explore with a demo team' }).click()
    await expect.poll(() => window.locator('.team-table tbody tr').count(), { timeout: 30_000 }).toBe(6)
    const team = await callApi<TeamMember[]>(window, 'reps.list', {})
    const details = await Promise.all(team.map((member) => callApi<RepDetail>(window, 'reps.get', { id: member.id })))
    const chosen = details.find((detail) => !detail.recentSessions.some((session) => session.status === 'in_progress'))!
    const repName = chosen.rep.name

    const start = window.getByRole('button', { name: `Start 1:1 with ${repName}` })
    await start.focus()
    await window.keyboard.press('Enter')
    await window.getByRole('heading', { level: 1, name: `1:1 with ${repName}` }).waitFor()
    const sessionId = Number(/#\/session\/(\d+)/.exec(window.url())?.[1])
    expect(sessionId).toBeGreaterThan(0)

    await window.getByRole('heading', { level: 2, name: 'Check-in', exact: true }).waitFor()
    await window.getByRole('radio', { name: /^3/ }).focus()
    await window.keyboard.press('Space')
    await window.keyboard.press('ArrowRight')
    await expect.poll(() => window.getByRole('radio', { name: /^4/ }).isChecked()).toBe(true)
    await window.getByLabel('In one line: how are they doing?').focus()
    await window.keyboard.type(TEXT.checkIn)
    await waitForSaved(window)

    await window.keyboard.press('Alt+2')
    await window.getByRole('heading', { level: 2, name: 'Agenda', exact: true }).waitFor()
    await window.getByLabel('Add a talking point').focus()
    await window.keyboard.type(TEXT.point)
    await window.keyboard.press('Enter')
    await expect.poll(async () => Promise.all((await window.getByRole('textbox', { name: 'Talking point', exact: true }).all()).map((box) => box.inputValue()))).toContain(TEXT.point)

    await window.keyboard.press('Alt+7')
    await window.getByRole('heading', { level: 2, name: 'Next steps', exact: true }).waitFor()
    await window.getByLabel('New agreement').focus()
    await window.keyboard.type(TEXT.step)
    await window.keyboard.press('Enter')
    const steps = window.getByRole('list', { name: 'Next steps agreed in this 1:1' })
    await expect.poll(() => steps.getByRole('textbox', { name: 'Agreement' }).first().inputValue()).toBe(TEXT.step)

    await window.keyboard.press('Alt+8')
    await window.getByRole('heading', { level: 2, name: 'Notes', exact: true }).waitFor()
    await window.getByRole('textbox', { name: 'Shared notes' }).focus()
    await window.keyboard.type(TEXT.shared)
    await window.getByRole('textbox', { name: 'Private notes' }).focus()
    await window.keyboard.type(TEXT.private)
    await waitForSaved(window)

    // Killed: no flush, no quit handler, no checkpoint. What the file holds now is all there is.
    await kept.kill()
    const db = new Database(app.profile.dbPath, { readonly: true, fileMustExist: true })
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const notes = db
        .prepare('SELECT notes.kind, note_bodies.plain_text AS text FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id WHERE notes.session_id = ? ORDER BY notes.kind')
        .all(sessionId)
      expect(notes).toEqual([
        { kind: 'private', text: TEXT.private },
        { kind: 'shared', text: TEXT.shared }
      ])
      expect(db.prepare('SELECT pulse, check_in_text FROM sessions WHERE id = ?').get(sessionId)).toEqual({ pulse: 4, check_in_text: TEXT.checkIn })
    } finally {
      db.close()
    }

    const again = (await app.launch()).window
    await again.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    await showScreen(again, `#/session/${sessionId}`)
    await again.getByRole('heading', { level: 1, name: `1:1 with ${repName}` }).waitFor()
    await again.keyboard.press('Alt+1')
    await expect.poll(() => again.getByLabel('In one line: how are they doing?').inputValue()).toBe(TEXT.checkIn)
    expect(await again.getByRole('radio', { name: /^4/ }).isChecked()).toBe(true)
    await again.keyboard.press('Alt+2')
    await expect.poll(async () => Promise.all((await again.getByRole('textbox', { name: 'Talking point', exact: true }).all()).map((box) => box.inputValue()))).toContain(TEXT.point)
    await again.keyboard.press('Alt+7')
    await expect.poll(() => again.getByRole('list', { name: 'Next steps agreed in this 1:1' }).getByRole('textbox', { name: 'Agreement' }).first().inputValue()).toBe(TEXT.step)
    await again.keyboard.press('Alt+8')
    await again.getByRole('textbox', { name: 'Shared notes' }).getByText(TEXT.shared).waitFor()
    await again.getByRole('textbox', { name: 'Private notes' }).getByText(TEXT.private).waitFor()
  }, 180_000)
})

// The first launch of the real desktop app on an empty user-data folder: the welcome screen,
// the demo team in one click, the data file where Settings says it is, opened with the Electron
// build of better-sqlite3.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useKeptApp } from '../support/kept-app'

describe('first launch of the desktop app', () => {
  const app = useKeptApp()

  it('opens one window on the Team screen, and "Explore with a demo team" shows six reps stored in the user-data folder', async () => {
    const kept = await app.launch()
    const { window, electronApp } = kept
    await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    await expect.poll(() => window.getByRole('button', { name: 'Add rep' }).isVisible()).toBe(true)
    const windows = await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((shown) => ({ title: shown.getTitle(), visible: shown.isVisible() })))
    expect(windows).toEqual([{ title: 'Kept', visible: true }])

    await window.getByRole('button', { name: 'Explore with a demo team' }).click()
    await expect.poll(() => window.locator('.team-table tbody tr').count(), { timeout: 30_000 }).toBe(6)
    await expect.poll(() => window.locator('.team-table tbody th a').count()).toBe(6)
    const db = new Database(app.profile.dbPath, { readonly: true, fileMustExist: true })
    try {
      expect(db.prepare('SELECT count(*) AS n FROM reps').get()).toEqual({ n: 6 })
    } finally {
      db.close()
    }

    await window.getByRole('link', { name: 'Settings' }).click()
    await window.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await window.getByText(app.profile.dbPath).waitFor()

    // The engine main loaded is the Electron build in native/electron/, not the Node build.
    const loads = app.profile.observations().filter((entry) => entry.kind === 'sqlite-addon')
    expect(loads.length).toBeGreaterThan(0)
    expect(loads.map((entry) => entry.path).filter((path) => !/native[\\/]electron[\\/]better_sqlite3\.node$/.test(path ?? ''))).toEqual([])
  }, 120_000)
})

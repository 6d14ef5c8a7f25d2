// Starting Kept while it runs: the running window comes forward, and the second process leaves
// without ever loading the database engine (so it never opens a second connection to the file).
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { startSecondInstance, useKeptApp } from '../support/kept-app'

describe('a second launch of the desktop app', () => {
  const app = useKeptApp()

  it('shows and focuses the first window, and never loads SQLite in the second process', async () => {
    const kept = await app.launch()
    const { window, electronApp } = kept
    await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    // Out of sight first, so coming forward is something the test can see.
    await electronApp.evaluate(({ app, BrowserWindow }) => {
      ;(globalThis as unknown as { keptSecondInstances: number }).keptSecondInstances = 0
      app.on('second-instance', () => {
        ;(globalThis as unknown as { keptSecondInstances: number }).keptSecondInstances += 1
      })
      BrowserWindow.getAllWindows()[0]!.hide()
    })
    await expect.poll(() => electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isVisible())).toBe(false)

    const second = startSecondInstance(app.profile)
    const [code] = (await Promise.race([once(second, 'exit'), new Promise((_, reject) => setTimeout(() => reject(new Error('The second Kept did not leave within 30 s.')), 30_000))])) as [number | null]
    expect(code).toBe(0)

    await expect.poll(() => electronApp.evaluate(() => (globalThis as unknown as { keptSecondInstances: number }).keptSecondInstances)).toBe(1)
    await expect.poll(() => electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((shown) => shown.isVisible()))).toEqual([true])
    expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)

    const started = app.profile.observations().filter((entry) => entry.kind === 'started')
    expect(started.map((entry) => entry.pid)).toHaveLength(2)
    const secondPid = started.find((entry) => entry.pid !== kept.pid)!.pid
    const sqliteLoads = app.profile.observations().filter((entry) => entry.kind === 'sqlite-addon')
    expect(sqliteLoads.filter((entry) => entry.pid === secondPid)).toEqual([])
    expect(sqliteLoads.filter((entry) => entry.pid === kept.pid).length).toBeGreaterThan(0)
    // The first Kept still works on its file.
    await window.getByRole('button', { name: 'Explore with a demo team' }).click()
    await expect.poll(() => window.locator('.team-table tbody tr').count(), { timeout: 30_000 }).toBe(6)
  }, 120_000)
})

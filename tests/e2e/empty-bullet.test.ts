// Notes typed as a list end with the empty bullet the editor leaves after Enter; the summary and
// the exports show only the bullets with words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import type { ExportedFile } from '../../src/shared/exports'
import { callApi as call, waitForSaved } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

describe('an empty trailing bullet', () => {
  let app: E2eApp
  let rep: Rep

  beforeAll(async () => {
    app = await launchApp()
    rep = await call<Rep>(app.page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('is neither in the summary nor in the exports', async () => {
    const { page } = app
    const live = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await page.goto(`${app.host.url}#/session/${live.session.id}?section=8`)
    const notes = page.getByRole('textbox', { name: 'Shared notes' })
    await notes.click()
    await page.keyboard.type('- Pricing page feedback')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Hiring plan')
    await page.keyboard.press('Enter')
    await expect.poll(() => notes.locator('li').count()).toBe(3)
    await waitForSaved(page)
    await call(page, 'sessions.finish', { id: live.session.id })

    await page.goto(`${app.host.url}#/session/${live.session.id}/summary`)
    const shared = page.getByRole('region', { name: 'Shared notes' })
    await shared.getByText('Hiring plan').waitFor()
    await expect.poll(() => shared.locator('li').allTextContents()).toEqual(['Pricing page feedback', 'Hiring plan'])
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'summary-without-empty-bullet')

    const markdown = await call<ExportedFile>(page, 'exports.session', { sessionId: live.session.id, format: 'md' })
    expect(markdown.content).toContain('- Hiring plan')
    expect(markdown.content).not.toMatch(/^\s*[-*]\s*$/m)
  })
})

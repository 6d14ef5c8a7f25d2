// A search hit in a note opens its 1:1 at that note, not at Check-in; a completed 1:1 opens as its
// summary (at the note), with "Correct this 1:1" to edit it.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { callApi as call } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

const noteDoc = (words: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] })

async function saveSharedNote(page: Page, sessionId: number, words: string): Promise<void> {
  await call(page, 'notes.save', { sessionId, kind: 'shared', templateSectionId: null, doc: noteDoc(words), text: words, baseRevision: 0 })
}

async function openHit(page: Page, url: string, word: string): Promise<void> {
  await page.goto(`${url}#/search?q=${word}`)
  await page.locator('.search-hit').filter({ hasText: word }).click()
}

describe('opening a search hit in a note', () => {
  let app: E2eApp
  let rep: Rep
  let completed: SessionDetail
  let live: SessionDetail

  beforeAll(async () => {
    app = await launchApp()
    const { page } = app
    rep = await call<Rep>(page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
    completed = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await saveSharedNote(page, completed.session.id, 'The quokka account wants a pilot before signing')
    await call(page, 'sessions.finish', { id: completed.session.id })
    live = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await saveSharedNote(page, live.session.id, 'Zebracrossing renewal is at risk')
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens a 1:1 in progress at its notes', async () => {
    const { page } = app
    await openHit(page, app.host.url, 'Zebracrossing')
    await page.getByRole('heading', { level: 2, name: 'Notes', exact: true }).waitFor()
    await expect.poll(() => page.getByRole('textbox', { name: 'Shared notes' }).textContent()).toContain('Zebracrossing renewal')
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Check-in' }).count()).toBe(0)
  })

  it('opens a completed 1:1 as its summary at the note, with "Correct this 1:1" to edit it', async () => {
    const { page } = app
    await openHit(page, app.host.url, 'quokka')
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${rep.name}` }).waitFor()
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/session/${completed.session.id}/summary?at=shared-notes`)
    await page.getByRole('region', { name: 'Shared notes' }).getByText('The quokka account').waitFor()
    // Nothing on the summary is editable in place.
    await expect.poll(() => page.getByRole('textbox').count()).toBe(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'search-hit-completed-summary')

    await page.getByRole('link', { name: 'Correct this 1:1' }).click()
    await page.getByText(/^Completed on /).waitFor()
    await page.getByRole('heading', { level: 1, name: `1:1 with ${rep.name}` }).waitFor()

    // The 1:1's own link on the Rep screen opens the summary too.
    await page.goto(`${app.host.url}#/rep/${rep.id}`)
    await page.getByRole('region', { name: 'Recent 1:1s' }).getByRole('link', { name: /completed/ }).click()
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${rep.name}` }).waitFor()
  })
})

// The browser host in a real Chromium: the printed address's key becomes a cookie the page
// cannot read, the address bar loses the key, and a browser without the key sees no data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type E2eApp } from './support/harness'

describe('the browser host\'s key', () => {
  let app: E2eApp
  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('trades the printed key for an HttpOnly cookie and shows the clean address', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Add rep' }).first().waitFor()
    await expect.poll(() => page.url()).toBe(app.host.url)
    await expect.poll(() => page.evaluate('document.cookie')).toBe('')
    const cookies = await app.context.cookies(app.host.url)
    expect(cookies.map(({ httpOnly, sameSite }) => ({ httpOnly, sameSite }))).toEqual([{ httpOnly: true, sameSite: 'Strict' }])
  })

  it('shows a browser without the key how to get in, and no data', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    const response = await page.goto(app.host.url)
    expect(response?.status()).toBe(401)
    await page.getByText('open the address `npm run host` printed').waitFor()
    const api = await page.evaluate(async () => (await fetch('/api/reps.list', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kept': '1' }, body: '{}' })).status)
    expect(api).toBe(401)
    await context.close()
  })
})

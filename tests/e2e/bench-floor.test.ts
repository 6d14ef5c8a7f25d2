// The bench's floor for a screen (scripts/bench/floor-page.ts) is a real static copy of it: the
// screen's rows and text, the app's own stylesheet, none of the app's scripts, and served by the
// host it paints as the app did. Timings are the bench's to report, never asserted here.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { captureFloor, FLOOR_READY_MARK, writeFloor, type WrittenFloor } from '../../scripts/bench/floor-page'
import { launchApp, screenshot, type E2eApp } from './support/harness'

const RENDERER_DIR = resolve('out', 'renderer')

let app: E2eApp | undefined
let floor: WrittenFloor | undefined
afterEach(async () => {
  floor?.remove()
  floor = undefined
  await app?.close()
  app = undefined
})

const hasMark = (app: E2eApp, mark: string) => app.page.evaluate((name) => performance.getEntriesByName(name).length > 0, mark)
const mainText = (app: E2eApp) => app.page.locator('main').innerText()
/** What the stylesheet decides for the layout: if the floor lost it, these change. */
const layout = (app: E2eApp) =>
  app.page.evaluate(`['.app', '.sidebar', 'main', 'h1'].map((selector) => {
    const style = getComputedStyle(document.querySelector(selector))
    return selector + ': ' + [style.display, style.gridTemplateColumns, style.backgroundColor, style.fontFamily, style.fontSize].join(' ')
  })`) as Promise<string[]>

/** The app's stylesheet as the built index.html links it. */
function appStylesheet(): string {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8')
  const href = /<link rel="stylesheet"[^>]*href="(\.\/assets\/[\w.-]+\.css)"/.exec(html)?.[1]
  expect(href).toBeDefined()
  return href!
}

async function expectRealStaticCopy(app: E2eApp, screen: string, label: string): Promise<void> {
  const { page } = app
  await expect.poll(() => hasMark(app, `kept:screen-ready:${screen}`)).toBe(true)
  const text = await mainText(app)
  const appLayout = await layout(app)
  const captured = await captureFloor(page, label)

  expect(captured.html).toContain(`href="${appStylesheet()}"`)
  expect(captured.html).not.toMatch(/<script[^>]*type="module"/)
  expect(captured.html).not.toMatch(/assets\/[\w.-]+\.js/)

  floor = writeFloor(RENDERER_DIR, label, captured)
  await page.goto(`${app.host.url}${floor.path}`)
  await expect.poll(() => hasMark(app, FLOOR_READY_MARK)).toBe(true)
  await expect.poll(() => mainText(app)).toBe(text)
  await expect.poll(() => layout(app)).toEqual(appLayout)
  // Only the floor's own mark script is on the page.
  await expect.poll(() => page.evaluate('[...document.scripts].map((script) => new URL(script.src).pathname)')).toEqual([`/bench-floor-${label}.js`])
  await screenshot(page, `bench-floor-${screen}`, { viewport: true })
}

describe('the bench floor', () => {
  it('is Team as static HTML: every rep row, the same stylesheet, no app script', async () => {
    app = await launchApp({ demo: true })
    await expect.poll(() => app!.page.locator('table.team-table .rep-link').count()).toBeGreaterThan(3)
    const names = await app.page.locator('table.team-table .rep-link').allInnerTexts()
    await expectRealStaticCopy(app, 'team', `test-team-${process.pid}`)
    for (const name of names) await expect.poll(() => app!.page.getByRole('link', { name, exact: true }).isVisible()).toBe(true)
    await expect.poll(() => app!.page.locator('table.team-table tbody tr.team-row').count()).toBe(names.length)
  })

  it('is a rep\'s Brief as static HTML, with the same text and layout', async () => {
    app = await launchApp({ demo: true })
    const link = app.page.locator('table.team-table .rep-link').first()
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^#\/rep\/\d+$/)
    await app.page.goto(`${app.host.url}${href}`)
    await app.page.getByRole('tab', { name: 'Brief' }).waitFor()
    await expectRealStaticCopy(app, 'rep', `test-rep-${process.pid}`)
    await expect.poll(() => app!.page.getByRole('tab', { name: 'Brief' }).isVisible()).toBe(true)
  })
})

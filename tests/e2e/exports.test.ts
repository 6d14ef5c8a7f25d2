// The Export dialog of a 1:1's summary in Chromium through the browser host: each format
// downloaded and checked, private notes only when ticked, the PDF printed by Chromium from the
// exported HTML and read back with a PDF reader.
import { readFileSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import ICAL from 'ical.js'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PRIVATE_CANARY } from '../support/export-fixture'
import { createExportDatabase } from './support/export-database'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

// The page functions below run in Chromium; the tests compile without the DOM types.
interface ParsedElement {
  tagName: string
  attributes: Iterable<{ name: string; value: string }>
}
interface ParsedDocument {
  querySelectorAll(selector: string): ArrayLike<ParsedElement> & Iterable<ParsedElement>
  body: { textContent: string | null }
}
declare const DOMParser: new () => { parseFromString(source: string, type: string): ParsedDocument }
declare const navigator: { clipboard: { readText(): Promise<string> } }

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void]
  const path = await download.path()
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: bytes, useSystemFonts: true }).promise
  let text = ''
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent()
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`
  }
  return text.replace(/\s+/g, ' ')
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export this 1:1' })
  await dialog.waitFor()
  return dialog
}

describe('exporting a 1:1 from its summary', () => {
  let app: E2eApp
  let scenario: ReturnType<typeof createExportDatabase>

  // A fresh file and host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    scenario = createExportDatabase()
    app = await launchApp({ dbPath: scenario.dbPath })
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.url })
  })
  afterEach(async () => {
    await app?.close()
  })

  async function openSummaryExport(page: Page) {
    await page.goto(`${app.host.url}#/session/${scenario.sessionId}/summary`)
    await page.getByRole('heading', { level: 1, name: 'Summary: 1:1 with Dana Whitfield' }).waitFor()
    return openExportDialog(page)
  }

  it('offers every format with private notes off, and downloads Markdown without them', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/session/${scenario.sessionId}/summary`)
    await page.getByRole('heading', { level: 1, name: 'Summary: 1:1 with Dana Whitfield' }).waitFor()
    const dialog = await openExportDialog(page)
    for (const format of ['Markdown', 'HTML', 'PDF', 'Plain text']) await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).waitFor()
    const privateBox = dialog.getByRole('checkbox', { name: 'Include private notes' })
    await expect.poll(() => privateBox.isChecked()).toBe(false)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'export-dialog')

    const markdown = await downloaded(page, () => dialog.getByRole('button', { name: 'Download' }).click())
    expect(markdown.name).toBe('1-1-dana-whitfield-2026-06-15.md')
    expect(markdown.text).toContain('## What we agreed — who, by when\n\n- Draft the Q3 territory plan')
    expect(markdown.text).toContain('- [x] Book the demo')
    expect(markdown.text).not.toContain(PRIVATE_CANARY)
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Saved 1-1-dana-whitfield-2026-06-15.md')
  })

  it('downloads HTML with private notes when ticked: no executable markup, and it prints to a PDF holding the summary', async () => {
    const { page } = app
    const dialog = await openSummaryExport(page)
    await dialog.getByRole('radio', { name: /^HTML/ }).check()
    await dialog.getByRole('checkbox', { name: 'Include private notes' }).check()
    await expect.poll(() => dialog.getByText('Private notes will be part of this export.').count()).toBe(1)
    const html = await downloaded(page, () => dialog.getByRole('button', { name: 'Download' }).click())
    expect(html.name).toBe('1-1-dana-whitfield-2026-06-15.html')
    expect(html.text).toContain(PRIVATE_CANARY)

    // A blank page of its own (no app CSP), as a browser opening the file would see it.
    const printPage = await app.context.newPage()
    const dialogs: string[] = []
    printPage.on('dialog', (shown) => void dialogs.push(shown.message()))
    // Chromium's own parser: nothing in the file could run.
    const found = await printPage.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'text/html')
      const all = [...parsed.querySelectorAll('*')]
      return {
        scripts: parsed.querySelectorAll('script, iframe, object, embed, img').length,
        handlers: all.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName}[${attribute.name}]`)),
        scriptUrls: all.flatMap((element) => [...element.attributes].filter((attribute) => /^\s*javascript:/i.test(attribute.value)).map((attribute) => attribute.value)),
        visibleHostileText: parsed.body.textContent?.includes('<img src=x onerror="alert(1)">') ?? false
      }
    }, html.text)
    expect(found).toEqual({ scripts: 0, handlers: [], scriptUrls: [], visibleHostileText: true })

    // Chromium's print engine (what printToPDF uses in the app) on the same HTML.
    await printPage.setContent(html.text)
    const pdf = await printPage.pdf({ format: 'A4', printBackground: true })
    await printPage.close()
    expect(dialogs).toEqual([])
    const text = await pdfText(new Uint8Array(pdf))
    expect(text).toContain('1:1 with Dana Whitfield')
    expect(text).toContain('Draft the Q3 territory plan')
    expect(text).toContain('Pipeline deep-dive')
    expect(text).toContain(PRIVATE_CANARY)
  })

  it('starts unticked again when reopened, copies plain text and offers an email draft to the rep', async () => {
    const { page } = app
    const ticked = await openSummaryExport(page)
    await ticked.getByRole('checkbox', { name: 'Include private notes' }).check()
    await ticked.getByText('Private notes will be part of this export.').waitFor()
    await ticked.getByRole('button', { name: 'Done', exact: true }).click()
    const dialog = await openExportDialog(page)
    await expect.poll(() => dialog.getByRole('checkbox', { name: 'Include private notes' }).isChecked()).toBe(false)

    await dialog.getByRole('radio', { name: /^Plain text/ }).check()
    await dialog.getByRole('button', { name: 'Copy to clipboard' }).click()
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Copied the summary as plain text')
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^1:1 with Dana Whitfield — 15 Jun 2026\n/)
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toContain(PRIVATE_CANARY)

    const email = dialog.getByRole('link', { name: 'Email draft' })
    await email.waitFor()
    const href = (await email.getAttribute('href')) ?? ''
    expect(href.startsWith('mailto:dana@example.com?subject=Summary%20of%20our%201%3A1')).toBe(true)
    expect(href.length).toBeLessThanOrEqual(2000)
    expect(decodeURIComponent(href)).not.toContain(PRIVATE_CANARY)
  })

  it('saves the next 1:1 as an .ics file a calendar reads', async () => {
    const { page } = app
    const dialog = await openSummaryExport(page)
    const ics = await downloaded(page, () => dialog.getByRole('button', { name: 'Add next 1:1 to calendar (.ics)' }).click())
    expect(ics.name).toMatch(/^next-1-1-dana-whitfield-\d{4}-\d{2}-\d{2}\.ics$/)
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('1:1 with Dana Whitfield')
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000)
    expect(app.pageErrors, app.pageErrors.join('\n')).toEqual([])
  })
})

describe('exports in dark mode, with a long name and an empty 1:1', () => {
  let app: E2eApp
  let scenario: ReturnType<typeof createExportDatabase>
  const longName = 'Maximiliana Alexandrina Featherstonehaugh-Worthington de la Cruz'

  beforeAll(async () => {
    scenario = createExportDatabase({ name: longName })
    app = await launchApp({ dbPath: scenario.dbPath, colorScheme: 'dark' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('lays out the dialog and exports an empty 1:1 with plain placeholders', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/session/${scenario.sessionId}/summary`)
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${longName}` }).waitFor()
    await openExportDialog(page)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'export-dialog-dark-long-name')

    await page.goto(`${app.host.url}#/session/${scenario.emptySessionId}/summary`)
    await page.getByRole('heading', { level: 1, name: 'Summary: 1:1 with Sam Quiet' }).waitFor()
    const dialog = await openExportDialog(page)
    await dialog.getByText('Sam Quiet has no email address yet').waitFor()
    const markdown = await downloaded(page, () => dialog.getByRole('button', { name: 'Download' }).click())
    expect(markdown.text).toContain('## What we agreed — who, by when\n\n*Nothing new for you this time.*')
    expect(markdown.text).toContain('## Shared notes\n\n*No shared notes.*')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'export-dialog-dark-empty')
  })
})

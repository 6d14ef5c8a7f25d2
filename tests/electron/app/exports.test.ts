// Exports through the desktop app's own paths: "Save…" as PDF (printed by Electron's printToPDF
// into the file the save dialog names, read back with a PDF parser), a long review over several
// pages, "Copy to clipboard" into the system clipboard, and "Email draft" handed to the mail
// program by shell.openExternal. The native save dialog and openExternal are answered in main.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { PRIVATE_CANARY } from '../../support/export-fixture'
import { createExportDatabase } from '../../e2e/support/export-database'
import { answerSaveDialogsIn, createProfile, openedExternally, recordOpenExternal, showScreen, useKeptApp } from '../support/kept-app'

async function pdfOf(path: string): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: true }).promise
  let text = ''
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent()
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`
  }
  return { pages: document.numPages, text: text.replace(/\s+/g, ' ') }
}

async function openExportDialog(window: Page): Promise<Locator> {
  await window.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = window.getByRole('dialog', { name: 'Export this 1:1' })
  await dialog.waitFor()
  return dialog
}

describe('exports from the desktop app', () => {
  let scenario: ReturnType<typeof createExportDatabase>
  let saveFolder: string
  const app = useKeptApp({
    // The scenario's file is the default database of a user-data folder: kept.sqlite in it.
    profile: () => {
      scenario = createExportDatabase()
      saveFolder = mkdtempSync(join(tmpdir(), 'kept-electron-saved-'))
      return createProfile(dirname(scenario.dbPath))
    },
    afterClose: (profile) => {
      rmSync(profile.userDataDir, { recursive: true, force: true })
      rmSync(saveFolder, { recursive: true, force: true })
    }
  })

  beforeEach(async () => {
    const kept = await app.launch()
    await answerSaveDialogsIn(kept.electronApp, saveFolder)
    await recordOpenExternal(kept.electronApp)
  })

  async function openSummary(window: Page): Promise<void> {
    await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    await showScreen(window, `#/session/${scenario.sessionId}/summary`)
    await window.getByRole('heading', { level: 1, name: 'Summary: 1:1 with Dana Whitfield' }).waitFor()
  }

  it('saves a summary as PDF through the save dialog, with the summary and without private notes', async () => {
    const { window } = app.current
    await openSummary(window)
    const dialog = await openExportDialog(window)
    await dialog.getByRole('radio', { name: /^PDF/ }).check()
    expect(await dialog.getByRole('checkbox', { name: 'Include private notes' }).isChecked()).toBe(false)
    await dialog.getByRole('button', { name: 'Save…' }).click()
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 }).toContain('Saved 1-1-dana-whitfield-2026-06-15.pdf')

    const saved = join(saveFolder, '1-1-dana-whitfield-2026-06-15.pdf')
    expect(existsSync(saved)).toBe(true)
    expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pdf = await pdfOf(saved)
    expect(pdf.text).toContain('1:1 with Dana Whitfield')
    expect(pdf.text).toContain('Draft the Q3 territory plan')
    expect(pdf.text).toContain('Pipeline deep-dive')
    expect(pdf.text).not.toContain(PRIVATE_CANARY)
  }, 120_000)

  it('prints a long review over several pages', async () => {
    const { window } = app.current
    await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    await showScreen(window, `#/rep/${scenario.repId}`)
    await window.getByRole('heading', { level: 1, name: 'Dana Whitfield' }).waitFor()
    await window.getByRole('link', { name: 'Performance review' }).click()
    await window.getByRole('heading', { level: 1, name: 'Performance review: Dana Whitfield' }).waitFor()
    await window.getByLabel('Period').selectOption('custom')
    await window.getByLabel('From').fill('2026-04-01')
    await window.getByLabel('To', { exact: true }).fill('2026-06-30')
    const draft = window.getByLabel('Review draft (Markdown)')
    await expect.poll(() => draft.inputValue()).toContain('# Performance review: Dana Whitfield')
    const paragraphs = Array.from({ length: 150 }, (_, index) => `Paragraph ${index + 1}: Dana kept the pipeline honest and followed up on every agreed step this quarter.`)
    await draft.fill(`# Review of Dana\n\n${paragraphs.join('\n\n')}\n`)

    await window.getByRole('button', { name: 'Save as PDF…' }).click()
    await expect.poll(() => window.getByRole('status').filter({ hasText: /Saved review-dana-whitfield-.*\.pdf/ }).count(), { timeout: 60_000 }).toBe(1)
    const saved = join(saveFolder, 'review-dana-whitfield-2026-04-01-to-2026-06-30.pdf')
    const pdf = await pdfOf(saved)
    expect(pdf.pages).toBeGreaterThanOrEqual(3)
    expect(pdf.text).toContain('Review of Dana')
    expect(pdf.text).toContain('Paragraph 1:')
    expect(pdf.text).toContain('Paragraph 150:')
  }, 120_000)

  it('copies the summary to the system clipboard, and hands the email draft to the mail program', async () => {
    const { window, electronApp } = app.current
    await electronApp.evaluate(({ clipboard }) => clipboard.writeText('before the copy'))
    await openSummary(window)
    const dialog = await openExportDialog(window)
    await dialog.getByRole('radio', { name: /^Plain text/ }).check()
    await dialog.getByRole('button', { name: 'Copy to clipboard' }).click()
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Copied the summary as plain text')
    const copied = await electronApp.evaluate(({ clipboard }) => clipboard.readText())
    expect(copied).toMatch(/^1:1 with Dana Whitfield — 15 Jun 2026\n/)
    expect(copied).not.toContain(PRIVATE_CANARY)

    const pageUrl = window.url()
    const email = dialog.getByRole('link', { name: 'Email draft' }).or(dialog.getByRole('button', { name: 'Email draft' }))
    await expect.poll(() => email.isEnabled()).toBe(true)
    await email.click()
    await expect.poll(() => openedExternally(electronApp)).toHaveLength(1)
    const [mailto] = await openedExternally(electronApp)
    expect(mailto!.startsWith('mailto:dana@example.com?subject=Summary%20of%20our%201%3A1')).toBe(true)
    expect(decodeURIComponent(mailto!)).not.toContain(PRIVATE_CANARY)
    // The window stayed on Kept's page.
    expect(window.url()).toBe(pageUrl)
  }, 120_000)
})

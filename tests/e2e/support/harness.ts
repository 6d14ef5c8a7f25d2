// Starts the browser host on a fresh database in a temp folder and drives the real UI in
// Debian's Chromium through playwright-core.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host'

export const CHROMIUM_PATH = process.env.KEPT_CHROMIUM ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
export const SCREENSHOT_DIR = resolve('test-results', 'screenshots')
const RENDERER_DIR = resolve('out', 'renderer')

export interface E2eApp {
  host: BrowserHost
  browser: Browser
  context: BrowserContext
  page: Page
  dir: string
  dbPath: string
  /** Console errors and page errors seen so far (a test can assert there were none). */
  pageErrors: string[]
  close(): Promise<void>
}

export async function launchApp(options: { demo?: boolean; colorScheme?: 'light' | 'dark'; dbPath?: string; deferIntegrityCheck?: boolean; mustExist?: boolean } = {}): Promise<E2eApp> {
  const dir = mkdtempSync(join(tmpdir(), 'kept-e2e-'))
  const dbPath = options.dbPath ?? join(dir, 'kept.sqlite')
  const host = await startBrowserHost({ dbPath, rendererDir: RENDERER_DIR, demo: options.demo ?? false, deferIntegrityCheck: options.deferIntegrityCheck ?? false, mustExist: options.mustExist ?? false })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light' })
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  // The printed address with the run's key: the host trades it for a cookie and leads to host.url.
  await page.goto(host.openUrl)
  return {
    host,
    browser,
    context,
    page,
    dir,
    dbPath,
    pageErrors,
    async close() {
      await browser.close()
      await host.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** axe-core violations of serious or critical impact on the current page. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
}

/** The whole page by default; `viewport` keeps to what is on screen (for long virtualized lists). */
export async function screenshot(page: Page, name: string, options: { viewport?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: !options.viewport })
}

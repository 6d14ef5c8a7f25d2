// The renderer in Chromium, served by the browser host started as its own process (as a user
// would run it) on a copy of the data set: how long the Team and Rep screens take from navigation
// start to painted (the app's `kept:screen-ready:*` marks), first paint, a long Timeline scroll
// loading every page (frame times and long tasks), and memory after the tour.
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { cleanAddress } from '../../src/main/host/host-access'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/harness'
import { goTo, markNextClick, scrollEverythingToEnd, timelineSettled, startFrameRecorder, stopFrameRecorder } from './page-scripts'
import { captureFloor, FLOOR_READY_MARK, writeFloor } from './floor-page'
import type { BenchRow } from './results'
import { summarize } from './stats'

export const SCREEN_PAINT_BUDGET_MS = 200
export const FIRST_PAINT_BUDGET_MS = 1000
export const LONG_TASK_MS = 50
/** A screen's median paint over its static HTML's (PRODUCT.md: "within 1.5× of the same screen served as static HTML"). */
export const FLOOR_RATIO_BUDGET = 1.5

export interface RendererFacts {
  chromium: string
  timelinePages: number
  timelineEntries: number
}

/** Starts `host-cli.ts` as a child process on `dbPath` and resolves with the address it prints (with the run's key) once it listens. */
export async function startHostProcess(projectRoot: string, dbPath: string): Promise<{ child: ChildProcess; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/main/host/host-cli.ts'), '--db', dbPath, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => resolve(line.trim()))
    child.once('exit', (code) => reject(new Error(`The browser host exited (code ${code}) before it listened: ${stderr.trim()}`)))
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { child, url, stop }
}

/** VmRSS and VmHWM (peak) of a process, in MB, from /proc (Linux). */
export function processMemoryMB(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
    return { rss: kB('VmRSS') / 1024, peak: kB('VmHWM') / 1024 }
  } catch {
    return null
  }
}

/** Loads `url` in a fresh page and returns when `mark` appears: [ms from navigation start to the mark, first-contentful-paint ms]. */
async function loadUntilMark(context: BrowserContext, url: string, mark: string): Promise<{ readyMs: number; firstPaintMs: number; page: Page }> {
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 })
  // The first paint may be the finished screen itself: its entry arrives once that frame is presented.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 5_000 }).catch(() => undefined)
  const { readyMs, firstPaintMs } = await page.evaluate((name) => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]
    return { readyMs: performance.getEntriesByName(name)[0]!.startTime, firstPaintMs: paint ? paint.startTime : Number.NaN }
  }, mark)
  return { readyMs, firstPaintMs, page }
}

/** Loads a screen of the app and returns when its ready mark (`kept:screen-ready:NAME`) appears. */
const loadScreen = (context: BrowserContext, url: string, screen: string) => loadUntilMark(context, url, `kept:screen-ready:${screen}`)

interface ScreenTimes {
  ready: number[]
  firstPaint: number[]
  /** The same screen as static HTML (see floor-page.ts), loaded in turn with the app's. */
  floor: number[]
}

/**
 * Times `runs` loads of a screen of the app, each next to a load of its floor (the order alternates,
 * so both see the same machine load). The floor is captured from the app's first, untimed load.
 */
async function timedAgainstFloor(context: BrowserContext, url: string, screen: { name: string; hash: string }, runs: number, rendererDir: string): Promise<ScreenTimes> {
  const times: ScreenTimes = { ready: [], firstPaint: [], floor: [] }
  // One untimed load first: the first Chromium start of a page compiles the bundle once.
  const first = await loadScreen(context, `${url}${screen.hash}`, screen.name)
  const label = `${screen.name}-${process.pid}`
  const floor = writeFloor(rendererDir, label, await captureFloor(first.page, label))
  await first.page.close()
  try {
    await (await loadUntilMark(context, `${url}${floor.path}`, FLOOR_READY_MARK)).page.close()
    const loadApp = async () => {
      const load = await loadScreen(context, `${url}${screen.hash}`, screen.name)
      times.ready.push(load.readyMs)
      times.firstPaint.push(load.firstPaintMs)
      await load.page.close()
    }
    const loadFloor = async () => {
      const load = await loadUntilMark(context, `${url}${floor.path}`, FLOOR_READY_MARK)
      times.floor.push(load.readyMs)
      await load.page.close()
    }
    for (let i = 0; i < runs; i++) {
      for (const load of i % 2 === 0 ? [loadApp, loadFloor] : [loadFloor, loadApp]) await load()
    }
  } finally {
    floor.remove()
  }
  return times
}

/** In-app navigation from Team to a rep (a click on the rep's name): ms from the click event to the Rep screen painted. */
async function teamToRep(context: BrowserContext, url: string, repId: number, runs: number): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i <= runs; i++) {
    const { page } = await loadScreen(context, url, 'team')
    const link = page.locator(`a[href="#/rep/${repId}"]`).first()
    await link.waitFor()
    await page.evaluate(markNextClick)
    await link.click()
    await page.waitForFunction(() => performance.getEntriesByName('kept:screen-ready:rep').length > 0, undefined, { timeout: 30_000 })
    const ms = await page.evaluate(() => performance.getEntriesByName('kept:screen-ready:rep')[0]!.startTime - performance.getEntriesByName('bench:click')[0]!.startTime)
    if (i > 0) samples.push(ms)
    await page.close()
  }
  return samples
}

interface ScrollResult {
  pages: number
  entries: number
  inDom: number
  totalMs: number
  frames: number[]
  longTasks: number[]
}

/** Opens a rep's Timeline and scrolls to the very end, loading every page (older pages load as the list scrolls; the button is the fallback). */
async function scrollTimeline(context: BrowserContext, url: string, repId: number): Promise<ScrollResult> {
  const { page } = await loadScreen(context, `${url}#/rep/${repId}`, 'rep')
  let pages = 0
  page.on('request', (request) => {
    if (request.url().endsWith('/api/reps.timeline')) pages += 1
  })
  await page.getByRole('tab', { name: 'Timeline' }).click()
  await page.locator('.timeline li').first().waitFor({ timeout: 30_000 })
  await page.evaluate(startFrameRecorder, LONG_TASK_MS)
  const started = Date.now()
  let unchanged = 0
  let lastHeight = -1
  while (unchanged < 3 && Date.now() - started < 120_000) {
    // Scroll whatever scrolls (the window or the list's scroll container) to its end, a screen at a time.
    const height = await page.evaluate(scrollEverythingToEnd)
    const more = page.getByRole('button', { name: /^Load (more|older 1:1s)$/ })
    if (await more.isVisible()) {
      await more.click()
      unchanged = 0
    } else if (height === lastHeight) unchanged += 1
    else unchanged = 0
    lastHeight = height
    await page.waitForFunction(timelineSettled, undefined, { timeout: 30_000 })
    await page.waitForTimeout(100)
  }
  const totalMs = Date.now() - started
  const result = await page.evaluate(stopFrameRecorder)
  await page.close()
  return { pages, totalMs, ...result }
}

/** Visits what a manager looks at in a morning: Team, a few reps and every tab, a search. */
async function tour(context: BrowserContext, url: string, repIds: number[]): Promise<{ jsHeapMB: number }> {
  const { page } = await loadScreen(context, url, 'team')
  for (const repId of repIds.slice(0, 6)) {
    await page.evaluate(goTo, `#/rep/${repId}`)
    await page.getByRole('tab', { name: 'Brief' }).waitFor()
    for (const tab of ['Timeline', 'Goals', 'Agreements', 'Recognition', 'Challenges', 'Brief']) {
      await page.getByRole('tab', { name: tab }).click()
      await page.waitForTimeout(150)
    }
  }
  await page.evaluate(goTo, '#/search?q=pricing')
  await page.waitForTimeout(500)
  await page.evaluate(goTo, '#/')
  await page.waitForTimeout(300)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }
  await page.close()
  return { jsHeapMB: (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 1_048_576 }
}

/**
 * Opens the address the host printed (it carries the run's key) once, so the context holds the
 * key's cookie, and returns the clean address every timed load then uses (no redirect timed), with
 * the team's rep ids asked from inside the page as the app asks.
 */
export async function openHost(context: BrowserContext, printedUrl: string): Promise<{ url: string; repIds: number[] }> {
  const page = await context.newPage()
  await page.goto(printedUrl)
  const url = cleanAddress(printedUrl)
  if (page.url() !== url) throw new Error(`The browser host did not accept its own key: ${printedUrl} led to ${page.url()}.`)
  const envelope = await page.evaluate(async () => {
    const response = await fetch('/api/team.overview', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kept': '1' }, body: '{}' })
    return (await response.json()) as { ok: boolean; value?: { members: Array<{ id: number }> } }
  })
  await page.close()
  if (!envelope.ok || !envelope.value) throw new Error('The browser host did not answer team.overview.')
  return { url, repIds: envelope.value.members.map((member) => member.id) }
}

/**
 * A screen's line (budget: p95 under 200 ms and its median within 1.5× its floor's median, both
 * measured in the same run, in turns) and its floor's line.
 */
function screenAgainstFloorRows(screen: string, times: ScreenTimes): [BenchRow, BenchRow] {
  const app = summarize(times.ready)
  const floor = summarize(times.floor)
  const ratio = app.medianMs / floor.medianMs
  return [
    {
      section: 'renderer',
      name: `${screen} painted, from navigation start`,
      unit: 'ms',
      median: app.medianMs,
      p95: app.p95Ms,
      runs: app.runs,
      ratio,
      budget: `p95 < ${SCREEN_PAINT_BUDGET_MS} ms, median ≤ ${FLOOR_RATIO_BUDGET}× floor`,
      met: app.p95Ms < SCREEN_PAINT_BUDGET_MS && ratio <= FLOOR_RATIO_BUDGET
    },
    {
      section: 'renderer',
      name: `${screen} as static HTML, same CSS (its floor), painted from navigation start`,
      unit: 'ms',
      median: floor.medianMs,
      p95: floor.p95Ms,
      runs: floor.runs,
      budget: 'the floor',
      met: null
    }
  ]
}

export async function benchRenderer(projectRoot: string, file: string, runs: number): Promise<{ rows: BenchRow[]; facts: RendererFacts }> {
  const dir = mkdtempSync(join(tmpdir(), 'kept-bench-host-'))
  const copy = join(dir, 'kept.sqlite')
  copyFileSync(file, copy)
  const rendererDir = join(projectRoot, 'out', 'renderer')
  const host = await startHostProcess(projectRoot, copy)
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    // tsx compiles with keepNames, which wraps functions in a `__name(...)` helper: page.evaluate
    // sends a function's source to the page, so the page gets a do-nothing helper of that name.
    await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn)')
    const { url, repIds } = await openHost(context, host.url)
    // The rep with the longest history that is still active: the heaviest Brief and Timeline.
    const repId = repIds[0]!
    const team = await timedAgainstFloor(context, url, { name: 'team', hash: '' }, runs, rendererDir)
    const rep = await timedAgainstFloor(context, url, { name: 'rep', hash: `#/rep/${repId}` }, runs, rendererDir)
    const click = await teamToRep(context, url, repId, runs)
    const scroll = await scrollTimeline(context, url, repId)
    const { jsHeapMB } = await tour(context, url, repIds)
    const memory = processMemoryMB(host.child.pid!)

    const screenRow = (name: string, samples: number[], budgetMs: number, note?: string): BenchRow => {
      const stats = summarize(samples)
      return { section: 'renderer', name, unit: 'ms', median: stats.medianMs, p95: stats.p95Ms, runs: stats.runs, budget: `p95 < ${budgetMs} ms`, met: stats.p95Ms < budgetMs, ...(note ? { note } : {}) }
    }
    const frames = summarize(scroll.frames)
    const rows: BenchRow[] = [
      screenRow('App start to first paint (first-contentful-paint, Team)', team.firstPaint, FIRST_PAINT_BUDGET_MS),
      ...screenAgainstFloorRows('Team screen', team),
      ...screenAgainstFloorRows('Rep screen (Brief)', rep),
      screenRow('Rep screen painted after a click on Team', click, SCREEN_PAINT_BUDGET_MS),
      { section: 'renderer', name: `Timeline scrolled to the end (${scroll.pages} pages, ${scroll.entries} 1:1s loaded, ${scroll.inDom} rows in the DOM at the end)`, unit: 'ms', value: scroll.totalMs, budget: 'none in PRODUCT.md', met: null },
      { section: 'renderer', name: 'Timeline scroll: frame interval', unit: 'ms', median: frames.medianMs, p95: frames.p95Ms, runs: frames.runs, budget: 'none in PRODUCT.md', met: null, note: `max ${frames.maxMs.toFixed(0)} ms` },
      {
        section: 'renderer',
        name: `Timeline scroll: long tasks over ${LONG_TASK_MS} ms`,
        unit: 'count',
        value: scroll.longTasks.length,
        budget: `0 (nothing blocks input > ${LONG_TASK_MS} ms)`,
        met: scroll.longTasks.length === 0,
        ...(scroll.longTasks.length > 0 ? { note: `longest ${Math.max(...scroll.longTasks).toFixed(0)} ms` } : {})
      },
      { section: 'memory', name: 'Browser host process RSS (VmRSS)', unit: 'MB', value: memory?.rss ?? Number.NaN, budget: 'none in PRODUCT.md', met: null },
      { section: 'memory', name: 'Browser host process peak RSS (VmHWM)', unit: 'MB', value: memory?.peak ?? Number.NaN, budget: 'none in PRODUCT.md', met: null },
      { section: 'memory', name: 'Renderer JS heap after GC (Chromium)', unit: 'MB', value: jsHeapMB, budget: 'none in PRODUCT.md', met: null }
    ]
    return { rows, facts: { chromium: browser.version(), timelinePages: scroll.pages, timelineEntries: scroll.entries } }
  } finally {
    await browser?.close()
    await host.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

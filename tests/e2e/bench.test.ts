// `npm run bench` works end to end on a tiny data set: it generates the file, times every line,
// drives Chromium through the browser host, and writes a Markdown table and valid JSON. Timings are
// never asserted here: CI machines vary; the full run is reported by hand (see README).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BenchReport } from '../../scripts/bench/results'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

const EXPECTED_ROWS: Array<[section: string, name: RegExp]> = [
  ['database', /^Open the database file at app start/],
  ['database', /^Integrity check \(quick_check\), after the first screen/],
  ['database', /^Team screen: team\.overview/],
  ['database', /^Rep screen: a rep's brief/],
  ['database', /^Timeline: first page/],
  ['database', /^Timeline: page 5 by cursor/],
  ['database', /^Search: common word/],
  ['database', /^Search: rare word/],
  ['database', /^Search: prefix/],
  ['database', /^Autosave/],
  ['database', /^Integrity check in a worker thread/],
  ['database', /^Team screen while the integrity check runs/],
  ['database', /^Rep screen while the integrity check runs/],
  ['renderer', /^App start to first paint/],
  ['renderer', /^Team screen painted/],
  ['renderer', /^Team screen as static HTML, same CSS \(its floor\)/],
  ['renderer', /^Rep screen \(Brief\) painted/],
  ['renderer', /^Rep screen \(Brief\) as static HTML, same CSS \(its floor\)/],
  ['renderer', /^Rep screen painted after a click/],
  ['renderer', /^Timeline scrolled to the end/],
  ['renderer', /^Timeline scroll: frame interval/],
  ['renderer', /^Timeline scroll: long tasks/],
  ['bundle', /^First screen JS, raw/],
  ['bundle', /^First screen JS, gzip/],
  ['bundle', /^Loaded on demand JS, raw/],
  ['bundle', /^Loaded on demand JS, gzip/],
  ['memory', /^Browser host process RSS/],
  ['memory', /^Browser host process peak RSS/],
  ['memory', /^Renderer JS heap/]
]

describe('npm run bench', () => {
  it('runs on 2 reps × 1 year and reports every line with its budget, as Markdown and JSON', () => {
    const dir = tempDir()
    const dataset = join(dir, 'kept-2x1.sqlite')
    const json = join(dir, 'results.json')
    const args = ['--import', 'tsx', 'scripts/bench.ts', '--reps', '2', '--years', '1', '--file', dataset, '--runs', '3', '--warmup', '1', '--renderer-runs', '1', '--json', json, '--no-build']
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 240_000 })
    expect(run.stderr).not.toMatch(/Error/)
    expect(run.status).toBe(0)
    expect(existsSync(dataset)).toBe(true)

    const report = JSON.parse(readFileSync(json, 'utf8')) as BenchReport
    expect(report.dataset).toMatchObject({ reps: 2, years: 1 })
    expect(report.facts).toMatchObject({ reps: 2 })
    expect(report.rows).toHaveLength(EXPECTED_ROWS.length)
    EXPECTED_ROWS.forEach(([section, name], index) => {
      const row = report.rows[index]!
      expect(row.section, row.name).toBe(section)
      expect(row.name).toMatch(name)
      expect(row.budget.length, row.name).toBeGreaterThan(0)
      expect([true, false, null], row.name).toContain(row.met)
      const figure = row.p95 ?? row.value
      expect(Number.isFinite(figure), row.name).toBe(true)
      if (section === 'database') expect(row.floor?.sql, row.name).toMatch(/SELECT|UPDATE|PRAGMA/)
      // Each screen's line carries its ratio to its floor, and its budget names both limits.
      if (/^(Team|Rep) screen( \(Brief\))? painted, from/.test(row.name)) {
        expect(row.ratio, row.name).toBeGreaterThan(0)
        expect(row.budget).toBe('p95 < 200 ms, median ≤ 1.5× floor')
      }
    })

    // The Markdown: one table per section, one line per row, each with its budget and verdict.
    for (const title of ['### Data core', '### Renderer in Chromium', '### Renderer JavaScript', '### Memory']) expect(run.stdout).toContain(title)
    const tableLines = run.stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| measure') && !line.startsWith('| ---'))
    expect(tableLines).toHaveLength(EXPECTED_ROWS.length)
    for (const line of tableLines) expect(line).toMatch(/\| (met|\*\*not met\*\*|—) \|$/)
  }, 300_000)

  it('explains a bad option instead of running', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--runs', 'many'], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('--runs must be a whole number of at least 1, not "many".')
    expect(run.stderr).toContain('Usage: npm run bench')
  })
})

// One line of the bench report, and the report as Markdown tables (one per section).

export type BenchSection = 'database' | 'renderer' | 'bundle' | 'memory'

export interface BenchRow {
  section: BenchSection
  name: string
  unit: 'ms' | 'kB' | 'MB' | 'count'
  /** Timings: the median and 95th percentile. Sizes, memory and counts: `value`. */
  median?: number
  p95?: number
  /** Data-core rows: median CPU time of the process per run. */
  cpuMedian?: number
  runs?: number
  value?: number
  /** Database rows: the hand-written SQL floor on the same file and the call's median over the floor's. */
  floor?: { median: number; p95: number; cpuMedian: number; sql: string }
  /**
   * Database rows: the call's median CPU time over the floor's (see database-bench.ts). Renderer
   * rows: the screen's median paint over its static HTML's (see floor-page.ts).
   */
  ratio?: number
  /** The budget in words ("p95 < 20 ms, ≤ 3× floor"), or why there is none. */
  budget: string
  /** null when PRODUCT.md sets no budget for this figure. */
  met: boolean | null
  note?: string
}

export interface BenchReport {
  startedAt: string
  dataset: { file: string; reps: number; years: number }
  options: { runs: number; warmup: number; rendererRuns: number }
  environment: { node: string; platform: string; cpus: number; loadAverage: number[]; chromium: string | null; loadAverageAfterRenderer?: number[] }
  facts: Record<string, number | string>
  rows: BenchRow[]
}

export const SECTION_TITLES: Record<BenchSection, string> = {
  database: 'Data core (through dispatch) against the hand-written SQL floor',
  renderer: 'Renderer in Chromium through the browser host',
  bundle: 'Renderer JavaScript (out/renderer/assets)',
  memory: 'Memory after a scripted tour'
}

const fixed = (value: number | undefined, digits = 2) => (value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits))
const loads = (averages: number[]) => averages.map((load) => load.toFixed(1)).join(' / ')
const metLabel = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**not met**')

function table(header: string[], lines: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...lines.map((cells) => `| ${cells.join(' | ')} |`)].join('\n')
}

function sectionTable(section: BenchSection, rows: BenchRow[]): string {
  if (section === 'database') {
    return table(
      ['measure', 'median ms', 'p95 ms', 'CPU median ms', 'floor CPU median ms', '× floor (CPU)', 'budget', 'met'],
      rows.map((row) => [row.name, fixed(row.median), fixed(row.p95), fixed(row.cpuMedian), fixed(row.floor?.cpuMedian), row.ratio === undefined ? '' : `${fixed(row.ratio, 1)}×`, row.budget, metLabel(row.met)])
    )
  }
  const withFloor = rows.some((row) => row.ratio !== undefined)
  return table(
    ['measure', 'median', 'p95 / value', 'unit', ...(withFloor ? ['× floor (median)'] : []), 'budget', 'met'],
    rows.map((row) => [
      row.note ? `${row.name} (${row.note})` : row.name,
      fixed(row.median, row.unit === 'count' ? 0 : 1),
      fixed(row.p95 ?? row.value, row.unit === 'count' ? 0 : 1),
      row.unit,
      ...(withFloor ? [row.ratio === undefined ? '' : `${fixed(row.ratio)}×`] : []),
      row.budget,
      metLabel(row.met)
    ])
  )
}

export function formatMarkdown(report: BenchReport): string {
  const lines = [
    `## Kept bench — ${report.dataset.reps} reps × ${report.dataset.years} years`,
    '',
    `${report.dataset.file}; ${Object.entries(report.facts)
      .map(([name, value]) => `${name} ${value}`)
      .join(', ')}.`,
    `${report.rows.some((row) => row.section === 'database') ? `${report.options.runs} runs after ${report.options.warmup} warm-up runs per data-core line, ` : ''}${report.options.rendererRuns} page loads per screen (and as many of its floor, in turns); Node ${report.environment.node}, ${report.environment.cpus} CPUs, load average ${loads(report.environment.loadAverage)} at the start${report.environment.loadAverageAfterRenderer ? ` and ${loads(report.environment.loadAverageAfterRenderer)} after the renderer` : ''}${report.environment.chromium ? `, Chromium ${report.environment.chromium}` : ''}.`
  ]
  for (const section of Object.keys(SECTION_TITLES) as BenchSection[]) {
    const rows = report.rows.filter((row) => row.section === section)
    if (rows.length === 0) continue
    lines.push('', `### ${SECTION_TITLES[section]}`, '', sectionTable(section, rows))
  }
  const missed = report.rows.filter((row) => row.met === false)
  lines.push('', missed.length === 0 ? 'Every budget is met.' : `Budgets not met: ${missed.map((row) => row.name).join('; ')}.`)
  return `${lines.join('\n')}\n`
}

const sizeOf = (report: BenchReport) => `${report.dataset.reps} × ${report.dataset.years}`

/**
 * Each data-core line on a small and a large data set side by side, with how much it grew: a line
 * whose cost grows faster than what its screen shows (the data grew by `dataGrowth`) stands out.
 */
export function formatGrowth(small: BenchReport, large: BenchReport): string {
  const dataGrowth = Number(large.facts.sessions) / Number(small.facts.sessions)
  const lines = [
    `## Growth: ${sizeOf(small)} → ${sizeOf(large)} (reps × years; ${dataGrowth.toFixed(1)}× the 1:1s)`,
    '',
    table(
      ['measure', `p95 ms, ${sizeOf(small)}`, `p95 ms, ${sizeOf(large)}`, 'p95 growth', `CPU median ms, ${sizeOf(small)}`, `CPU median ms, ${sizeOf(large)}`, 'CPU growth', `met at ${sizeOf(large)}`],
      large.rows
        .filter((row) => row.section === 'database')
        .map((row) => {
          const before = small.rows.find((candidate) => candidate.section === 'database' && candidate.name === row.name)
          const growth = (a?: number, b?: number) => (a === undefined || b === undefined || a === 0 ? '' : `${(b / a).toFixed(1)}×`)
          return [row.name, fixed(before?.p95), fixed(row.p95), growth(before?.p95, row.p95), fixed(before?.cpuMedian), fixed(row.cpuMedian), growth(before?.cpuMedian, row.cpuMedian), metLabel(row.met)]
        })
    )
  ]
  return `${lines.join('\n')}\n`
}

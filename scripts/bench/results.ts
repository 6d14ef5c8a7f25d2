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
  /** The call's median CPU time over the floor's (see database-bench.ts). */
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
  environment: { node: string; platform: string; cpus: number; loadAverage: number[]; chromium: string | null }
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
const metLabel = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**not met**')

function table(header: string[], lines: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...lines.map((cells) => `| ${cells.join(' | ')} |`)].join('\n')
}

function sectionTable(section: BenchSection, rows: BenchRow[]): string {
  if (section === 'database') {
    return table(
      ['measure', 'median ms', 'p95 ms', 'CPU median ms', 'floor CPU median ms', '× floor (CPU)', 'budget', 'met'],
      rows.map((row) => [row.name, fixed(row.median), fixed(row.p95), fixed(row.cpuMedian), fixed(row.floor?.cpuMedian), `${fixed(row.ratio, 1)}×`, row.budget, metLabel(row.met)])
    )
  }
  return table(
    ['measure', 'median', 'p95 / value', 'unit', 'budget', 'met'],
    rows.map((row) => [
      row.note ? `${row.name} (${row.note})` : row.name,
      fixed(row.median, row.unit === 'count' ? 0 : 1),
      fixed(row.p95 ?? row.value, row.unit === 'count' ? 0 : 1),
      row.unit,
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
    `${report.options.runs} runs after ${report.options.warmup} warm-up runs per data-core line, ${report.options.rendererRuns} page loads per screen; Node ${report.environment.node}, ${report.environment.cpus} CPUs, load average ${report.environment.loadAverage.map((load) => load.toFixed(1)).join(' / ')} at the start${report.environment.chromium ? `, Chromium ${report.environment.chromium}` : ''}.`
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

// The bench's growth table: each data-core line on the small and the large data set side by side,
// with how much it grew, so a cost that grows faster than the data stands out.
import { describe, expect, it } from 'vitest'
import { parseBenchOptions } from '../../scripts/bench/options'
import { formatGrowth, type BenchReport, type BenchRow } from '../../scripts/bench/results'

function report(reps: number, sessions: number, rows: Array<Partial<BenchRow> & { name: string }>): BenchReport {
  return {
    startedAt: '2026-12-03T00:00:00Z',
    dataset: { file: `kept-${reps}x5.sqlite`, reps, years: 5 },
    options: { runs: 10, warmup: 1, rendererRuns: 1 },
    environment: { node: 'v20', platform: 'linux', cpus: 2, loadAverage: [0, 0, 0], chromium: null },
    facts: { sessions },
    rows: rows.map((row) => ({ section: 'database', unit: 'ms', budget: 'p95 < 20 ms', met: true, ...row }))
  }
}

describe('the bench growth table', () => {
  it('puts each line of both data sets side by side with its growth', () => {
    const small = report(50, 12_000, [
      { name: 'Team screen: team.overview', p95: 6, cpuMedian: 4 },
      { name: 'Search: common word "pricing" (search.query)', p95: 9, cpuMedian: 8 }
    ])
    const large = report(200, 48_000, [
      { name: 'Team screen: team.overview', p95: 18, cpuMedian: 16, met: true },
      { name: 'Search: common word "pricing" (search.query)', p95: 9.9, cpuMedian: 8.8, met: true }
    ])
    const table = formatGrowth(small, large)
    expect(table).toContain('## Growth: 50 × 5 → 200 × 5 (reps × years; 4.0× the 1:1s)')
    expect(table).toContain('| Team screen: team.overview | 6.00 | 18.00 | 3.0× | 4.00 | 16.00 | 4.0× | met |')
    expect(table).toContain('| Search: common word "pricing" (search.query) | 9.00 | 9.90 | 1.1× | 8.00 | 8.80 | 1.1× | met |')
  })

  it('is asked for with --growth', () => {
    expect(parseBenchOptions(['--growth']).growth).toBe(true)
    expect(parseBenchOptions([]).growth).toBe(false)
  })
})

// `npm run bench` options.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DATASET_DEFAULTS, defaultDatasetPath } from '../../src/main/core/dataset/generate-dataset'

export interface BenchOptions {
  reps: number
  years: number
  /** The data set file; generated (deterministically) when missing. */
  file: string
  runs: number
  warmup: number
  /** Page loads per screen in Chromium. */
  rendererRuns: number
  json: string
  /** Rebuild the renderer first so the sizes and timings are of the current code. */
  build: boolean
  renderer: boolean
  /** Time the data core's calls (off with --no-data-core: the renderer's lines only). */
  dataCore: boolean
  /** Also run the data core on the other standard data set (50 × 5 or 200 × 5) and print how each line grew. */
  growth: boolean
}

export const BENCH_USAGE =
  'npm run bench -- [--reps 50] [--years 5] [--file FILE] [--runs 200] [--warmup 20] [--renderer-runs 10] [--json bench-results.json] [--no-build] [--no-renderer] [--no-data-core] [--growth]'

function whole(value: string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new Error(`--${name} must be a whole number of at least ${min}, not "${value}".`)
  return number
}

export function parseBenchOptions(argv: string[], cwd = process.cwd()): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      reps: { type: 'string' },
      years: { type: 'string' },
      file: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      'renderer-runs': { type: 'string' },
      json: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'no-renderer': { type: 'boolean', default: false },
      'no-data-core': { type: 'boolean', default: false },
      growth: { type: 'boolean', default: false }
    },
    strict: true
  })
  if (values['no-renderer'] && values['no-data-core']) throw new Error('--no-renderer and --no-data-core leave nothing to measure: keep one.')
  const reps = whole(values.reps, DATASET_DEFAULTS.reps, 'reps', 1)
  const years = whole(values.years, DATASET_DEFAULTS.years, 'years', 1)
  return {
    reps,
    years,
    file: values.file ? resolve(cwd, values.file) : resolve(cwd, defaultDatasetPath({ reps, years })),
    runs: whole(values.runs, 200, 'runs', 1),
    warmup: whole(values.warmup, 20, 'warmup', 0),
    rendererRuns: whole(values['renderer-runs'], 10, 'renderer-runs', 1),
    json: resolve(cwd, values.json ?? 'bench-results.json'),
    build: !values['no-build'],
    renderer: !values['no-renderer'],
    dataCore: !values['no-data-core'],
    growth: values.growth
  }
}

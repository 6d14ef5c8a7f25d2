// `npm run bench`: times Kept on a generated data set (50 reps × 5 years by default, generated into
// .cache/datasets/ when missing): the data core's hot calls next to hand-written SQL floors,
// opening the file, the renderer in Chromium (screens painted, a long Timeline scroll), the
// renderer's JavaScript size and memory after a tour. Prints Markdown tables with each budget
// from PRODUCT.md and writes everything as JSON (bench-results.json by default).
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createDatasetFile, DATASET_DEFAULTS, defaultDatasetPath } from '../src/main/core/dataset/generate-dataset'
import { benchBundle } from './bench/bundle-size'
import { benchDatabase } from './bench/database-bench'
import { BENCH_USAGE, parseBenchOptions, type BenchOptions } from './bench/options'
import { benchRenderer } from './bench/renderer-bench'
import { benchDuringIntegrityCheck } from './bench/during-check-bench'
import { formatGrowth, formatMarkdown, type BenchReport } from './bench/results'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const rendererDir = join(projectRoot, 'out', 'renderer')

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`)
}

function buildRenderer(): void {
  const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (build.status !== 0) throw new Error('The renderer build failed (see above).')
}

function ensureDataset(options: BenchOptions): void {
  if (existsSync(options.file)) return
  log(`generating ${options.reps} reps × ${options.years} years into ${options.file}…`)
  createDatasetFile(options.file, { ...DATASET_DEFAULTS, reps: options.reps, years: options.years })
}

/** A report with no lines yet (the data core's are left out with --no-data-core). */
function emptyReport(options: BenchOptions): BenchReport {
  return {
    startedAt: new Date().toISOString(),
    dataset: { file: options.file, reps: options.reps, years: options.years },
    options: { runs: options.runs, warmup: options.warmup, rendererRuns: options.rendererRuns },
    environment: { node: process.version, platform: process.platform, cpus: cpus().length, loadAverage: loadavg(), chromium: null },
    facts: {},
    rows: []
  }
}

/** The data-core lines on one data set (generated when missing). */
async function benchDataCore(options: BenchOptions): Promise<BenchReport> {
  const report = emptyReport(options)
  ensureDataset(options)
  log(`data core on ${options.reps} × ${options.years}: ${options.runs} runs after ${options.warmup} warm-up runs per line…`)
  const database = benchDatabase(options.file, options, DATASET_DEFAULTS.today)
  const duringCheck = await benchDuringIntegrityCheck(options.file, options.runs, DATASET_DEFAULTS.today)
  return { ...report, facts: { ...database.facts }, rows: [...database.rows, ...duringCheck] }
}

/** The other standard data set for `--growth`: 200 × 5 next to 50 × 5, and 50 × 5 next to anything else. */
function growthPartner(options: BenchOptions): BenchOptions {
  const [reps, years] = options.reps === 50 && options.years === 5 ? [200, 5] : [50, 5]
  return { ...options, reps, years, file: resolve(defaultDatasetPath({ reps, years })) }
}

export async function runBench(options: BenchOptions): Promise<BenchReport & { growth?: BenchReport }> {
  const report: BenchReport & { growth?: BenchReport } = options.dataCore ? await benchDataCore(options) : emptyReport(options)
  if (options.dataCore && options.growth) report.growth = await benchDataCore(growthPartner(options))
  if (options.renderer) {
    ensureDataset(options)
    if (options.build || !existsSync(join(rendererDir, 'index.html'))) {
      log('building the renderer…')
      buildRenderer()
    }
    log('renderer in Chromium…')
    const renderer = await benchRenderer(projectRoot, options.file, options.rendererRuns)
    report.environment.chromium = renderer.facts.chromium
    report.environment.loadAverageAfterRenderer = loadavg()
    report.facts = { ...report.facts, timelinePages: renderer.facts.timelinePages }
    report.rows.push(...renderer.rows.filter((row) => row.section === 'renderer'))
    const bundle = benchBundle(rendererDir)
    report.rows.push(...bundle.rows, ...renderer.rows.filter((row) => row.section === 'memory'))
    Object.assign(report, { chunks: bundle.chunks })
  }
  return report
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let options: BenchOptions
  try {
    options = parseBenchOptions(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\nUsage: ${BENCH_USAGE}\n`)
    process.exit(1)
  }
  try {
    const report = await runBench(options)
    process.stdout.write(formatMarkdown(report))
    if (report.growth) {
      process.stdout.write(`\n${formatMarkdown(report.growth)}`)
      const [small, large] = Number(report.facts.sessions) <= Number(report.growth.facts.sessions) ? [report, report.growth] : [report.growth, report]
      process.stdout.write(`\n${formatGrowth(small, large)}`)
    }
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
    log(`wrote ${options.json}`)
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`)
    process.exit(1)
  }
}

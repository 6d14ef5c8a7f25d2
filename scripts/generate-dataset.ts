// Writes the benchmark data set (see src/main/core/dataset/generate-dataset.ts); `kept generate`
// does the same from the command line. Re-exports the generator for the other scripts and tests.
//
//   npx tsx scripts/generate-dataset.ts [--reps 50] [--years 5] [--seed kept-benchmark]
//                                       [--today 2026-06-15] [--out .cache/datasets/kept-50x5.sqlite]
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { createDatasetFile, DATASET_DEFAULTS, datasetOptionsProblem, defaultDatasetPath, formatDatasetSummary } from '../src/main/core/dataset/generate-dataset'

export * from '../src/main/core/dataset/generate-dataset'

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { reps: { type: 'string' }, years: { type: 'string' }, seed: { type: 'string' }, today: { type: 'string' }, out: { type: 'string' } },
    strict: true
  })
  const options = {
    reps: values.reps === undefined ? DATASET_DEFAULTS.reps : Number(values.reps),
    years: values.years === undefined ? DATASET_DEFAULTS.years : Number(values.years),
    seed: values.seed ?? DATASET_DEFAULTS.seed,
    today: values.today ?? DATASET_DEFAULTS.today
  }
  const problem = datasetOptionsProblem(options)
  if (problem) {
    console.error(problem)
    process.exit(1)
  }
  const out = values.out ? resolve(values.out) : defaultDatasetPath(options)
  const { summary, ms, bytes } = createDatasetFile(out, options)
  console.log(`Wrote ${out} (${(bytes / 1_048_576).toFixed(1)} MB) in ${(ms / 1000).toFixed(1)} s`)
  console.log(`  options: ${JSON.stringify(options)}`)
  console.log(formatDatasetSummary(summary))
}

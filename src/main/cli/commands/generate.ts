// `kept generate --db FILE --reps N --years Y [--seed S]`: writes a deterministic data set of N reps
// with Y years of weekly 1:1s (goals, check-ins, agreements, challenges, recognition, notes) into a
// new database file, for trying Kept at scale and for benchmarks. Never overwrites a file unless
// asked with --force, because the file could be someone's real Kept database.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createDatasetFile, DATASET_DEFAULTS, datasetOptionsProblem, formatDatasetSummary } from '../../core/dataset/generate-dataset'
import { CliError, type CliCommand } from '../cli-command'

function wholeNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value)) throw new CliError(`--${name} must be a whole number, not "${value}".`)
  return Number(value)
}

export const generateCommand: CliCommand = {
  name: 'generate',
  summary: 'Write a generated team with years of 1:1s into a new database file (for trying Kept at scale and benchmarks).',
  usage: 'generate --db FILE [--reps N] [--years Y] [--seed S] [--today YYYY-MM-DD] [--force]',
  options: {
    db: { type: 'string' },
    reps: { type: 'string' },
    years: { type: 'string' },
    seed: { type: 'string' },
    today: { type: 'string' },
    force: { type: 'boolean', default: false }
  },
  run({ values, io }) {
    if (typeof values.db !== 'string' || values.db === '') throw new CliError('--db FILE is required: the new database file to write.')
    const options = {
      reps: wholeNumber(values.reps as string | undefined, DATASET_DEFAULTS.reps, 'reps'),
      years: wholeNumber(values.years as string | undefined, DATASET_DEFAULTS.years, 'years'),
      seed: (values.seed as string | undefined) ?? DATASET_DEFAULTS.seed,
      today: (values.today as string | undefined) ?? DATASET_DEFAULTS.today
    }
    const problem = datasetOptionsProblem(options)
    if (problem) throw new CliError(problem)
    const path = resolve(io.cwd, values.db)
    if (existsSync(path) && values.force !== true) {
      throw new CliError(`${path} already exists and was left untouched. Choose a new file, or add --force to replace it with generated data.`)
    }
    const { summary, ms, bytes } = createDatasetFile(path, options)
    io.stdout(`Wrote ${path} (${(bytes / 1_048_576).toFixed(1)} MB) in ${(ms / 1000).toFixed(1)} s: ${options.reps} reps × ${options.years} years, seed "${options.seed}", today ${options.today}.\n`)
    io.stdout(`${formatDatasetSummary(summary)}\n`)
    return 0
  }
}

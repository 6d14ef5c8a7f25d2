// What the export commands share: reading a date option, and writing the result to stdout or a file.
import { resolve } from 'node:path'
import { CliError, type CliIo } from '../cli-command'
import { checkOutputTarget, writeOutputFile } from '../output-file'
import { isCalendarDate } from '@shared/iso-date'

/** A date option: 'YYYY-MM-DD' that exists, or undefined when absent. */
export function dateOption(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined
  const text = String(value)
  if (!isCalendarDate(text)) {
    throw new CliError(`${option} must be a date like 2026-03-14 (got "${text}").`)
  }
  return text
}

/** The --to file of an export, refused before any work when it must not be written (see output-file.ts). */
export function outputTarget(io: CliIo, to: unknown, options: { dbOption: unknown; force: boolean }): string | undefined {
  if (typeof to !== 'string' || to === '') return undefined
  const path = resolve(io.cwd, to)
  if (typeof options.dbOption === 'string' && options.dbOption !== '') checkOutputTarget(path, { databasePath: resolve(io.cwd, options.dbOption), force: options.force })
  return path
}

/** Writes to stdout, or to the file `outputTarget` accepted. */
export function writeOutput(io: CliIo, content: string, target: string | undefined, options: { force: boolean }): void {
  if (!target) {
    io.stdout(content)
    return
  }
  writeOutputFile(target, content, options)
  io.stderr(`Wrote ${target}\n`)
}

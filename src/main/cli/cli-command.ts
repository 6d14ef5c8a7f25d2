// One `kept` sub-command: its name and help, the options it accepts (node:util parseArgs
// syntax) and what it does. Commands write through `io` so tests can capture the output.
import type { ParseArgsConfig } from 'node:util'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Working directory relative paths are resolved against. */
  cwd: string
}

export interface CliInvocation {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
  io: CliIo
}

export interface CliCommand {
  name: string
  /** One line for `kept --help`. */
  summary: string
  /** The usage line(s) after `kept `, e.g. `check --db FILE`. */
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  /** Returns the process exit code. Throw `CliError` for a user mistake. */
  run(invocation: CliInvocation): Promise<number> | number
}

/** A mistake the user can fix: printed to stderr without a stack, exit code 1 (or the given). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
    this.name = 'CliError'
  }
}

// The `kept` command line: finds the sub-command, parses its options strictly and runs it.
// Never imports electron; it works on the data core directly.
import { parseArgs } from 'node:util'
import { CliError, type CliCommand, type CliIo } from './cli-command'
import { CLI_COMMANDS } from './commands'

export function helpText(commands: readonly CliCommand[] = CLI_COMMANDS): string {
  const width = Math.max(0, ...commands.map((command) => command.name.length))
  const lines = [
    'Usage: kept <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `kept <command> --help` for a command\'s options.'
  ]
  return `${lines.join('\n')}\n`
}

function commandHelp(command: CliCommand): string {
  return `Usage: kept ${command.usage}\n\n${command.summary}\n`
}

/** Runs `kept` with the given arguments; returns the exit code instead of exiting. */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = CLI_COMMANDS): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(commands))
    return name === undefined ? 1 : 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) {
    io.stderr(`kept: unknown command "${name}".\n\n${helpText(commands)}`)
    return 1
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command))
    return 0
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true })
  } catch (error) {
    io.stderr(`kept ${command.name}: ${(error as Error).message}\nUsage: kept ${command.usage}\n`)
    return 1
  }
  try {
    return await command.run({ values: parsed.values as CliInvocationValues, positionals: parsed.positionals, io })
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`kept ${command.name}: ${error.message}\n`)
      return error.exitCode
    }
    io.stderr(`kept ${command.name}: ${(error as Error).message ?? String(error)}\n`)
    return 1
  }
}

type CliInvocationValues = Parameters<CliCommand['run']>[0]['values']

import type { CliCommand } from '../cli-command'

/** Every `kept` sub-command, in the order `kept --help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  // — goals and imports
  // — after the meeting: exports, backups, data ownership
  // — trust and recovery
  // — performance
]

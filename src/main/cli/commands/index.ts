import type { CliCommand } from '../cli-command'
// — performance
import { generateCommand } from './generate'

/** Every `kept` sub-command, in the order `kept --help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  // — imports: CSV metrics and roster
  // — after the meeting: summaries, exports, review
  // — backups and data ownership
  // — trust and recovery
  // — performance
  generateCommand,
]

import type { CliCommand } from '../cli-command'
import { exportHistoryCommand } from './export-history'
import { exportSessionCommand } from './export-session'

/** Every `kept` sub-command, in the order `kept --help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  // — imports: CSV metrics and roster
  // — after the meeting: summaries, exports, review
  exportSessionCommand,
  exportHistoryCommand,
  // — backups and data ownership
  // — trust and recovery
  // — performance
]

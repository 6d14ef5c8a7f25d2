import type { CliCommand } from '../cli-command'
import { importMetricsCommand } from './import-metrics'
import { generateCommand } from './generate'

/** Every `kept` sub-command, in the order `kept --help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  // — imports: CSV metrics and roster
  importMetricsCommand,
  // — after the meeting: summaries, exports, review
  // — backups and data ownership
  // — trust and recovery
  // — performance
  generateCommand,
]

import type { CliCommand } from '../cli-command'
import { importMetricsCommand } from './import-metrics'
import { generateCommand } from './generate'
import { backupCommand } from './backup'
import { checkCommand } from './check'
import { demoCommand } from './demo'
import { exportJsonCommand } from './export-json'
import { importJsonCommand } from './import-json'
import { listSessionsCommand } from './list-sessions'
import { restoreCommand } from './restore'
import { exportHistoryCommand } from './export-history'
import { exportSessionCommand } from './export-session'

/** Every `kept` sub-command, in the order `kept --help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  // — imports: CSV metrics and roster
  importMetricsCommand,
  // — after the meeting: summaries, exports, review
  exportSessionCommand,
  exportHistoryCommand,
  // — backups and data ownership
  checkCommand,
  backupCommand,
  restoreCommand,
  exportJsonCommand,
  importJsonCommand,
  demoCommand,
  listSessionsCommand,
  // — trust and recovery
  // — performance
  generateCommand,
]

import { checkDatabaseFile } from '../../core/backup/database-check'
import type { CliCommand } from '../cli-command'
import { requiredPath } from '../kept-files'

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Checks a data file (integrity, references, Kept format) without changing it; exit 0 when ok.',
  usage: 'check --db FILE',
  options: { db: { type: 'string' } },
  run(invocation) {
    const path = requiredPath(invocation, 'db', 'the Kept data file to check')
    const result = checkDatabaseFile(path)
    if (result.ok) {
      invocation.io.stdout('ok\n')
      return 0
    }
    invocation.io.stderr(`${result.findings.join('\n')}\n`)
    return 1
  }
}

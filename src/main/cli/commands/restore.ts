import { checkDatabaseFile } from '../../core/backup/database-check'
import { RestoreError, restoreDatabaseFile } from '../../core/backup/restore'
import { CliError, type CliCommand } from '../cli-command'
import { refuseWhileKeptHasItOpen, requiredPath } from '../kept-files'

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Replaces a data file with a backup, after copying the current file to its backups folder. Refused while Kept has the file open.',
  usage: 'restore --db FILE --from FILE',
  options: { db: { type: 'string' }, from: { type: 'string' } },
  run(invocation) {
    const path = requiredPath(invocation, 'db', 'the Kept data file to replace')
    const from = requiredPath(invocation, 'from', 'the backup to restore')
    refuseWhileKeptHasItOpen(path)
    // A damaged or missing data file is exactly what a restore is for; another program's file is not.
    const current = checkDatabaseFile(path, { integrity: false })
    if (current.problem === 'not_kept' || current.problem === 'newer_version') throw new CliError(`${current.findings.join(' ')} Nothing was changed.`)
    try {
      const result = restoreDatabaseFile({ databasePath: path, backupPath: from })
      const safety = result.safetyCopy ? ` The file as it was is kept at ${result.safetyCopy.path}.` : ''
      invocation.io.stdout(`Restored ${from} into ${path}.${safety}\n`)
      return 0
    } catch (error) {
      if (error instanceof RestoreError) throw new CliError(error.message)
      throw error
    }
  }
}

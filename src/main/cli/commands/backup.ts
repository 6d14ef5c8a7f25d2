import { existsSync } from 'node:fs'
import { writeBackupFile } from '../../core/backup/backups'
import { CliError, type CliCommand } from '../cli-command'
import { openKeptFileAsIs, requiredPath } from '../kept-files'

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Writes a checked copy of a data file (safe while Kept is running).',
  usage: 'backup --db FILE --to FILE',
  options: { db: { type: 'string' }, to: { type: 'string' } },
  run(invocation) {
    const path = requiredPath(invocation, 'db', 'the Kept data file to back up')
    const target = requiredPath(invocation, 'to', 'where the backup goes')
    if (existsSync(target)) throw new CliError(`${target} already exists. Choose a new file name; Kept never overwrites a file with a backup.`)
    const db = openKeptFileAsIs(path)
    try {
      const backup = writeBackupFile(db, target)
      invocation.io.stdout(`Backed up ${path} to ${backup.path} (${backup.sizeBytes} bytes).\n`)
      return 0
    } catch (error) {
      if (error instanceof CliError) throw error
      throw new CliError(`The backup failed and nothing was written: ${(error as Error).message}`)
    } finally {
      db.close()
    }
  }
}

// The API methods of backups: list, back up now, restore (through the running app's session),
// and the full JSON export written beside the data file.
import { statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ApiError } from '@shared/api-error'
import type { backupsContract } from '@shared/contract/backups'
import type { HandlersFor } from '../api/handler-types'
import type { CoreContext } from '../context'
import { backupNow, databaseStem, defaultBackupFolder, listBackups } from './backups'
import { writeTextFileAtomically } from './durable-files'
import { ensurePrivateFolder } from './private-files'
import { exportDatabaseJson, formatJsonExport } from './json-export'
import { RestoreError, restoreInSession } from './restore'

type BackupHandlers = HandlersFor<keyof typeof backupsContract>

export function createBackupHandlers(context: CoreContext): BackupHandlers {
  const folder = context.databaseSession?.backupFolder ?? defaultBackupFolder(context.databasePath)
  // The backups folder may be shared by several data files: only this file's backups are its own.
  const stem = databaseStem(context.databasePath)
  return {
    'backups.list': () => listBackups(folder, { stem }),
    'backups.create': () => backupNow(context.db, folder, { stem, now: context.clock.now() }),
    'data.exportJson': () => {
      const now = context.clock.now()
      const document = exportDatabaseJson(context.db, { now })
      const folder = join(dirname(context.databasePath), 'exports')
      ensurePrivateFolder(folder, { own: true })
      const path = join(folder, `${databaseStem(context.databasePath)}-export-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z.json`)
      writeTextFileAtomically(path, formatJsonExport(document))
      const rows = Object.values(document.tables).reduce((sum, table) => sum + table.rows.length, 0)
      return { path, sizeBytes: statSync(path).size, rows }
    },
    'backups.restore': ({ fileName }) => {
      const session = context.databaseSession
      if (!session) {
        throw new ApiError({ code: 'database_unavailable', message: 'Restoring is not possible here: Kept cannot reopen the data file. Use `kept restore` instead.' })
      }
      const backup = listBackups(folder, { stem }).backups.find((candidate) => candidate.fileName === fileName)
      if (!backup) throw new ApiError({ code: 'not_found', message: `There is no backup named ${fileName} in ${folder}. Refresh the list and choose again.` })
      try {
        return restoreInSession(session, { backupPath: backup.path, folder, now: context.clock.now() })
      } catch (error) {
        if (error instanceof RestoreError) throw new ApiError({ code: 'invalid_input', message: error.message })
        throw error
      }
    }
  }
}

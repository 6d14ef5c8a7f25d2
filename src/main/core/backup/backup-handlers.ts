// The API methods of backups: list, back up now, restore (through the running app's session).
import { ApiError } from '../../../shared/api-error'
import type { MethodParsedInput, MethodResult } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { backupNow, databaseStem, defaultBackupFolder, listBackups } from './backups'
import { RestoreError, restoreDatabaseFile } from './restore'

type BackupMethod = 'backups.list' | 'backups.create' | 'backups.restore'
type BackupHandlers = { [M in BackupMethod]: (input: MethodParsedInput<M>) => MethodResult<M> }

export function createBackupHandlers(context: CoreContext): BackupHandlers {
  const folder = context.databaseSession?.backupFolder ?? defaultBackupFolder(context.databasePath)
  return {
    'backups.list': () => listBackups(folder),
    'backups.create': () => backupNow(context.db, folder, { stem: databaseStem(context.databasePath), now: context.clock.now() }),
    'backups.restore': ({ fileName }) => {
      const session = context.databaseSession
      if (!session) {
        throw new ApiError({ code: 'database_unavailable', message: 'Restoring is not possible here: Kept cannot reopen the data file. Use `kept restore` instead.' })
      }
      const backup = listBackups(folder).backups.find((candidate) => candidate.fileName === fileName)
      if (!backup) throw new ApiError({ code: 'not_found', message: `There is no backup named ${fileName} in ${folder}. Refresh the list and choose again.` })
      try {
        return session.replaceFile((databasePath) => restoreDatabaseFile({ databasePath, backupPath: backup.path, folder, now: context.clock.now(), ...(session.nativeBinding ? { nativeBinding: session.nativeBinding } : {}) }))
      } catch (error) {
        if (error instanceof RestoreError) throw new ApiError({ code: 'invalid_input', message: error.message })
        throw error
      }
    }
  }
}

// The data core as a host runs it: the database opened at start, or, when the file cannot be
// opened, a recovery state in which only `recovery.*` methods answer (every other method answers
// `database_unavailable`) until the user restores a backup or opens another file. Its `handlers`
// stand in for createApiHandlers' everywhere (IPC, browser host) and follow the current file.
import { ApiError } from '../../../shared/api-error'
import { API_METHODS, type ApiMethod } from '../../../shared/api-methods'
import type { RecoveryResult, RecoveryStatus } from '../../../shared/recovery'
import type { ApiHandlers } from '../api/handlers'
import { DatabaseOpenError } from '../db/errors'
import { openDatabase, type KeptDatabase, type OpenDatabaseOptions } from '../db/open-database'
import { backupFolderOf, listBackupFiles } from './backup-files'
import { nothingToRecover } from './recovery-errors'
import { restoreBackupInPlace } from './restore-backup'

export interface RecoverableCoreOptions {
  dbPath: string
  openOptions?: OpenDatabaseOptions
  createHandlers: (database: KeptDatabase) => ApiHandlers
  /** Called when a file other than `dbPath` was opened, so the host can remember it. */
  onOpenedOtherFile?: (path: string) => void
  /** Where backups of a file are listed from (default: the `backups` folder beside it). */
  backupFolder?: (databasePath: string) => string
  now?: () => Date
}

export interface RecoverableCore {
  handlers: ApiHandlers
  readonly database: KeptDatabase | null
  readonly failure: DatabaseOpenError | null
  close(): void
}

type RecoveryMethod = Extract<ApiMethod, `recovery.${string}`>

function unavailable(failure: DatabaseOpenError): ApiError {
  return new ApiError({ code: 'database_unavailable', message: `Kept's data file could not be opened: ${failure.message}` })
}

export function createRecoverableCore(options: RecoverableCoreOptions): RecoverableCore {
  const folderOf = options.backupFolder ?? backupFolderOf
  let current: { database: KeptDatabase; handlers: ApiHandlers } | null = null
  let failure: DatabaseOpenError | null = null

  function open(path: string, mustExist: boolean): void {
    const database = openDatabase(path, { ...options.openOptions, ...(mustExist ? { fileMustExist: true } : {}) })
    current?.database.close()
    current = { database, handlers: options.createHandlers(database) }
    failure = null
  }

  try {
    open(options.dbPath, options.openOptions?.fileMustExist ?? false)
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error
    failure = error
  }

  function requireFailure(): DatabaseOpenError {
    if (!failure) throw nothingToRecover()
    return failure
  }

  function openedResult(keptAside: string | null): RecoveryResult {
    return { databasePath: current!.database.path, keptAside }
  }

  function asApiError(error: unknown): ApiError {
    if (error instanceof DatabaseOpenError) return new ApiError({ code: 'database_unavailable', message: error.message })
    throw error
  }

  const recovery: { [M in RecoveryMethod]: ApiHandlers[M] } = {
    'recovery.status': (): RecoveryStatus => {
      if (!failure) return { needed: false }
      return { needed: true, problem: failure.kind, message: failure.message, databasePath: failure.path, backups: listBackupFiles(folderOf(failure.path)) }
    },
    'recovery.restore': ({ backupPath }) => {
      const failed = requireFailure()
      // Only a backup the screen offered may be restored, never an arbitrary path.
      if (!listBackupFiles(folderOf(failed.path)).some((backup) => backup.path === backupPath)) {
        throw new ApiError({ code: 'not_found', message: 'That backup is no longer there. Choose one from the list.' })
      }
      try {
        const { keptAside } = restoreBackupInPlace(failed.path, backupPath, { now: (options.now ?? (() => new Date()))(), nativeBinding: options.openOptions?.nativeBinding })
        open(failed.path, true)
        return openedResult(keptAside)
      } catch (error) {
        throw asApiError(error)
      }
    },
    'recovery.openFile': ({ path }) => {
      requireFailure()
      try {
        open(path, true)
      } catch (error) {
        throw asApiError(error)
      }
      if (path !== options.dbPath) options.onOpenedOtherFile?.(path)
      return openedResult(null)
    }
  }

  const handlers = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (input: unknown) => {
        if (method in recovery) return (recovery[method as RecoveryMethod] as (value: unknown) => unknown)(input)
        if (!current) throw unavailable(failure!)
        return (current.handlers[method] as (value: unknown) => unknown)(input)
      }
    ])
  ) as ApiHandlers

  return {
    handlers,
    get database() {
      return current?.database ?? null
    },
    get failure() {
      return failure
    },
    close() {
      current?.database.close()
      current = null
    }
  }
}

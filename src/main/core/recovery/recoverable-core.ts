// The data core as a host runs it: the database opened at start, or, when the file cannot be
// opened, a recovery state in which only `recovery.*` methods answer (every other method answers
// `database_unavailable`) until the user restores a backup or opens another file. Its `handlers`
// stand in for createApiHandlers' everywhere (IPC, browser host) and follow the current file.
import { existsSync } from 'node:fs'
import { ApiError } from '../../../shared/api-error'
import { API_METHODS, type ApiMethod } from '../../../shared/api-methods'
import type { RecoveryResult, RecoveryStatus } from '../../../shared/recovery'
import type { ApiHandlers } from '../api/handlers'
import { DatabaseOpenError } from '../db/errors'
import { checkFileIntegrity, openDatabase, type KeptDatabase, type OpenDatabaseOptions } from '../db/open-database'
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
  /** Called when the core lets go of the open file (a failed integrity check, or close): the host closes what it built on it. */
  onClose?: () => void
}

export interface RecoverableCore {
  handlers: ApiHandlers
  readonly database: KeptDatabase | null
  readonly failure: DatabaseOpenError | null
  /**
   * Runs the page-by-page check on the open file when opening skipped it (once per file). A
   * damaged file is let go of and the core moves to the recovery state, as if it had failed to open.
   */
  verifyIntegrity(): void
  close(): void
}

type RecoveryMethod = Extract<ApiMethod, `recovery.${string}`>

function unavailable(failure: DatabaseOpenError): ApiError {
  return new ApiError({ code: 'database_unavailable', message: `Kept's data file could not be opened: ${failure.message}` })
}

export function createRecoverableCore(options: RecoverableCoreOptions): RecoverableCore {
  const folderOf = options.backupFolder ?? backupFolderOf
  // `verified`: the page-by-page check has run on this file (at open, or later when opening skipped it).
  let current: { database: KeptDatabase; handlers: ApiHandlers; verified: boolean } | null = null
  let failure: DatabaseOpenError | null = null

  function letGo(): void {
    if (!current) return
    options.onClose?.()
    current.database.close()
    current = null
  }

  function open(path: string, mustExist: boolean): void {
    // A file chosen or restored on the recovery screen is checked in full before it is used.
    const database = openDatabase(path, { ...options.openOptions, skipIntegrityCheck: false, fileMustExist: mustExist })
    letGo()
    current = { database, handlers: options.createHandlers(database), verified: true }
    failure = null
  }

  try {
    const database = openDatabase(options.dbPath, options.openOptions ?? {})
    current = { database, handlers: options.createHandlers(database), verified: !options.openOptions?.skipIntegrityCheck }
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

  function status(): RecoveryStatus {
    if (!failure) return { needed: false }
    return { needed: true, problem: failure.kind, message: failure.message, databasePath: failure.path, backups: listBackupFiles(folderOf(failure.path)) }
  }

  function verifyIntegrity(): void {
    if (!current || current.verified) return
    const problem = checkFileIntegrity(current.database.path, options.openOptions ?? {})
    current.verified = true
    // Only damage is a reason to let go: a check that could not run leaves the working connection be.
    if (problem?.kind !== 'damaged') return
    letGo()
    failure = problem
  }

  const recovery: { [M in RecoveryMethod]: ApiHandlers[M] } = {
    'recovery.status': status,
    'recovery.check': () => {
      verifyIntegrity()
      return status()
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
    'recovery.openFile': (input) => switchTo(typedPath(input), true),
    'recovery.createFile': (input) => {
      const path = typedPath(input)
      requireFailure()
      if (existsSync(path)) {
        throw new ApiError({ code: 'conflict', message: `${path} already exists. Open it instead, or choose a new name for the new data file.` })
      }
      return switchTo(path, false)
    }
  }

  /**
   * The path typed on the recovery screen. A token stands for a path the desktop app's file
   * dialog returned; only the desktop app (src/main/chosen-files.ts) turns it into a path.
   */
  function typedPath(input: { path?: string | undefined; token?: string | undefined }): string {
    if (input.path === undefined) throw new ApiError({ code: 'invalid_input', message: 'Type the path of the data file.', fieldErrors: { path: 'Type the path of the data file.' } })
    return input.path
  }

  /** Opens (or creates) the file the user chose on the recovery screen and remembers it. */
  function switchTo(path: string, mustExist: boolean): RecoveryResult {
    requireFailure()
    try {
      open(path, mustExist)
    } catch (error) {
      throw asApiError(error)
    }
    if (path !== options.dbPath) options.onOpenedOtherFile?.(path)
    return openedResult(null)
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
    verifyIntegrity,
    close() {
      letGo()
    }
  }
}

// The data core as a host runs it: the database opened at start, or, when the file cannot be
// opened, a recovery state in which only `recovery.*` methods answer (every other method answers
// `database_unavailable`) until the user restores a backup or opens another file. Its `handlers`
// stand in for createApiHandlers' everywhere (IPC, browser host) and follow the current file.
import { existsSync } from 'node:fs'
import { ApiError } from '@shared/api-error'
import { API_METHODS, type ApiMethod } from '@shared/api-methods'
import type { RecoveryResult, RecoveryStatus } from '@shared/recovery'
import type { ApiHandlers } from '../api/handlers'
import { DatabaseOpenError } from '../db/errors'
import { markInUse } from '../db/in-use-lock'
import { checkFileIntegrityOffThread, openDatabase, type KeptDatabase, type OpenDatabaseOptions } from '../db/open-database'
import { backupFilesOf, backupFolderOf } from './backup-files'
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
  /**
   * Which Kept this is ("the desktop app", "the browser host"): the file in use (or on the
   * recovery screen) is then marked as open by this process (see in-use-lock.ts), so that
   * `kept restore` and `kept import-json` refuse to touch it meanwhile.
   */
  inUseApp?: string
}

export interface RecoverableCore {
  handlers: ApiHandlers
  readonly database: KeptDatabase | null
  readonly failure: DatabaseOpenError | null
  /**
   * Starts the page-by-page check of the open file when opening skipped it (once per file), in a
   * worker thread: calls keep being answered while it reads. A damaged file is then let go of and
   * the core moves to the recovery state, as if it had failed to open. Resolves when it is done.
   */
  verifyIntegrity(): Promise<void>
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
  /** The check under way, if any. */
  let checking: Promise<void> | null = null
  let failure: DatabaseOpenError | null = null
  let inUse: { path: string; release: () => void } | null = null

  function markFileInUse(path: string): void {
    if (!options.inUseApp || inUse?.path === path) return
    inUse?.release()
    inUse = { path, release: markInUse(path, options.inUseApp) }
  }

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
    markFileInUse(path)
  }

  try {
    const database = openDatabase(options.dbPath, options.openOptions ?? {})
    current = { database, handlers: options.createHandlers(database), verified: !options.openOptions?.skipIntegrityCheck }
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error
    failure = error
  }
  markFileInUse(current?.database.path ?? failure?.path ?? options.dbPath)

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
    if (!failure) return checking ? { needed: false, checking: true } : { needed: false }
    return { needed: true, problem: failure.kind, message: failure.message, databasePath: failure.path, backups: backupFilesOf(failure.path, folderOf(failure.path)) }
  }

  function verifyIntegrity(): Promise<void> {
    if (checking) return checking
    const file = current
    if (!file || file.verified) return Promise.resolve()
    checking = checkFileIntegrityOffThread(file.database.path, options.openOptions ?? {}).then((problem) => {
      checking = null
      file.verified = true
      // Only damage is a reason to let go (a check that could not run leaves the working
      // connection be), and only of the file that was checked: another may be open by now.
      if (problem?.kind !== 'damaged' || current !== file) return
      letGo()
      failure = problem
    })
    return checking
  }

  const recovery: { [M in RecoveryMethod]: ApiHandlers[M] } = {
    'recovery.status': status,
    // Starts the check and answers at once: `checking` until it is done, then its outcome.
    'recovery.check': () => {
      void verifyIntegrity()
      return status()
    },
    'recovery.restore': ({ backupPath }) => {
      const failed = requireFailure()
      // Only a backup the screen offered may be restored here; a file chosen by the user goes through restoreFile.
      if (!backupFilesOf(failed.path, folderOf(failed.path)).some((backup) => backup.path === backupPath)) {
        throw new ApiError({ code: 'not_found', message: 'That backup is no longer there. Choose one from the list.' })
      }
      return restoreOver(failed, backupPath)
    },
    // "Choose a backup file…": the file the person picked (native dialog) or typed (browser host).
    'recovery.restoreFile': (input) => restoreOver(requireFailure(), typedPath(input)),
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

  /** Puts the backup (checked first) in place of the file that failed, keeping that one aside, and opens it. */
  function restoreOver(failed: DatabaseOpenError, backupPath: string): RecoveryResult {
    try {
      const { keptAside } = restoreBackupInPlace(failed.path, backupPath, { now: (options.now ?? (() => new Date()))(), nativeBinding: options.openOptions?.nativeBinding })
      open(failed.path, true)
      return openedResult(keptAside)
    } catch (error) {
      throw asApiError(error)
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
      inUse?.release()
      inUse = null
    }
  }
}

// The data core as both hosts run it (Electron's main process and the browser host), built by the
// same code: the file opened (or the recovery state when it cannot be), a database session that a
// restore can swap, and the API handlers that always follow the file in use. Never imports electron.
import { createApiHandlers, type ApiHandlers } from './api/handlers'
import { createSessionHandlers } from './api/session-handlers'
import { createDatabaseSession, type DatabaseSession } from './backup/database-session'
import type { Clock } from './clock'
import type { CoreContext } from './context'
import { openDatabase, type OpenDatabaseOptions } from './db/open-database'
import type { PreferencesStore } from './preferences/preferences-store'
import { createRecoverableCore, type RecoverableCore } from './recovery/recoverable-core'

export interface AppCoreOptions {
  dbPath: string
  /** A file the user chose before: when it is missing, start on the recovery screen rather than create an empty one. */
  mustExist?: boolean
  /** Path of a better-sqlite3 addon built for the current runtime (Electron passes its own). */
  nativeBinding?: string
  clock: Clock
  host: CoreContext['host']
  preferences: PreferencesStore
  /** The locale exports write numbers in; the runtime's own when absent. */
  locale?: string
  /**
   * Skip the page-by-page check while opening so the first screen is not kept waiting; the host
   * then calls `verifyIntegrity()` once that screen is shown.
   */
  deferIntegrityCheck?: boolean
  /** A file other than `dbPath` was opened from the recovery screen: remember it for the next start. */
  onOpenedOtherFile?: (path: string) => void
}

export interface AppCore {
  handlers: ApiHandlers
  recoverable: RecoverableCore
  /** The session of the file in use, or null while the recovery screen is shown. */
  readonly session: DatabaseSession | null
  /** Runs the deferred integrity check; a damaged file moves the core to the recovery state. */
  verifyIntegrity(): Promise<void>
  close(): void
}

export function createAppCore(options: AppCoreOptions): AppCore {
  const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  const openOptions: OpenDatabaseOptions = {
    ...nativeBinding,
    ...(options.mustExist ? { fileMustExist: true } : {}),
    ...(options.deferIntegrityCheck ? { skipIntegrityCheck: true } : {})
  }
  let session: DatabaseSession | null = null
  const recoverable = createRecoverableCore({
    dbPath: options.dbPath,
    openOptions,
    inUseApp: options.host === 'electron' ? 'the desktop app' : 'the browser host',
    ...(options.onOpenedOtherFile ? { onOpenedOtherFile: options.onOpenedOtherFile } : {}),
    createHandlers: (database) => {
      session?.close()
      const current = createDatabaseSession(database, (path) => openDatabase(path, nativeBinding), nativeBinding)
      session = current
      return createSessionHandlers(current, (opened) =>
        createApiHandlers({
          db: opened.db,
          clock: options.clock,
          databasePath: opened.path,
          schemaVersion: opened.schemaVersion,
          host: options.host,
          preferences: options.preferences,
          ...(options.locale ? { locale: options.locale } : {}),
          databaseSession: current
        })
      )
    },
    onClose: () => {
      session?.close()
      session = null
    }
  })
  return {
    handlers: recoverable.handlers,
    recoverable,
    get session() {
      return recoverable.database ? session : null
    },
    verifyIntegrity: () => recoverable.verifyIntegrity(),
    close() {
      recoverable.close()
    }
  }
}

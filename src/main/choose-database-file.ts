// The recovery screen's "Choose a file…" and "Create a new data file…" in the app: native file
// dialogs, asked for over one IPC channel whose sender and payload are checked. The renderer only
// learns the chosen path, which it then hands to `recovery.openFile` or `recovery.createFile`.
import type { IpcMainInvokeEvent } from 'electron'

export const CHOOSE_DATABASE_FILE_CHANNEL = 'kept:choose-database-file'

export type DatabaseFilePurpose = 'open' | 'create'

export interface ChooseDatabaseFileDeps {
  /** An existing file to open, or null when cancelled. */
  chooseExisting(): Promise<string | null>
  /** Where to create a new file, or null when cancelled. */
  chooseNew(): Promise<string | null>
}

export function parseDatabaseFilePurpose(payload: unknown): DatabaseFilePurpose | null {
  const purpose = (payload as { purpose?: unknown } | null)?.purpose
  return purpose === 'open' || purpose === 'create' ? purpose : null
}

interface IpcHandleLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void
}

export function registerChooseDatabaseFile(ipcMain: IpcHandleLike, isTrustedSender: (event: IpcMainInvokeEvent) => boolean, deps: ChooseDatabaseFileDeps): void {
  ipcMain.handle(CHOOSE_DATABASE_FILE_CHANNEL, async (event, payload) => {
    if (!isTrustedSender(event)) throw new Error('Request refused: it did not come from Kept\'s window.')
    const purpose = parseDatabaseFilePurpose(payload)
    if (!purpose) throw new Error('Kept can only choose a data file to open or to create.')
    return { path: purpose === 'open' ? await deps.chooseExisting() : await deps.chooseNew() }
  })
}

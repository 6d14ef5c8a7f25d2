// Kept's native dialogs in the main process: choosing a data file on the recovery screen, the
// missing SQLite engine, a failed start, closing over unsaved text, and About.
import { app, BrowserWindow, dialog, type MessageBoxOptions } from 'electron'
import { dirname, join } from 'node:path'
import type { ChooseDatabaseFileDeps } from './choose-database-file'
import type { LinkQuestion } from './external-links'
import type { UnsavedWorkQuestion } from './flush-before-close'

const DATABASE_FILTERS = [
  { name: 'Kept database', extensions: ['sqlite', 'db'] },
  { name: 'All files', extensions: ['*'] }
]

/** The native dialogs behind the recovery screen's file buttons. */
export function databaseFileDialogs(near: () => string): ChooseDatabaseFileDeps {
  return {
    async chooseExisting() {
      const { canceled, filePaths } = await dialog.showOpenDialog({
        title: 'Open a Kept data file',
        defaultPath: dirname(near()),
        properties: ['openFile'],
        filters: DATABASE_FILTERS
      })
      return canceled ? null : (filePaths[0] ?? null)
    },
    async chooseBackup() {
      const { canceled, filePaths } = await dialog.showOpenDialog({
        title: 'Choose a backup of your Kept data to restore',
        buttonLabel: 'Restore',
        defaultPath: dirname(near()),
        properties: ['openFile'],
        filters: DATABASE_FILTERS
      })
      return canceled ? null : (filePaths[0] ?? null)
    },
    async chooseNew() {
      const { canceled, filePath } = await dialog.showSaveDialog({
        title: 'Create a new Kept data file',
        buttonLabel: 'Create',
        defaultPath: suggestNewDatabasePath(near()),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        filters: DATABASE_FILTERS
      })
      return canceled || !filePath ? null : filePath
    }
  }
}

/** A name for a new data file beside the one that failed, unlikely to exist already. */
export function suggestNewDatabasePath(failedPath: string, today = new Date()): string {
  return join(dirname(failedPath), `kept-${today.toISOString().slice(0, 10)}.sqlite`)
}

export function sqliteEngineMissingMessage(expectedPath: string, reason: string, isPackaged: boolean): { message: string; detail: string } {
  const howToFix = isPackaged
    ? 'This installation of Kept is incomplete. Reinstall Kept. (When building Kept from source, run `npm run postinstall` while online before packaging.)'
    : 'To build it, connect to the internet and run this in Kept\'s folder:\n\n    npm run postinstall\n\nthen start Kept again.'
  return {
    message: 'Kept cannot start: the Electron build of its database engine (better-sqlite3) is missing or does not work.',
    detail: `Kept looked for it at:\n${expectedPath}\n\n${howToFix}\n\nYour data was not touched.\n\nDetails:\n${reason}`
  }
}

export async function showSqliteEngineMissing(expectedPath: string, reason: string): Promise<void> {
  const text = sqliteEngineMissingMessage(expectedPath, reason, app.isPackaged)
  await dialog.showMessageBox({ type: 'error', title: 'Kept', buttons: ['Quit'], noLink: true, ...text })
}

export function showStartupFailure(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox('Kept could not start', `Something went wrong while starting Kept. Your data was not changed.\n\n${detail}`)
}

export async function showAboutKept(): Promise<void> {
  await dialog.showMessageBox({
    type: 'info',
    title: 'About Kept',
    message: `Kept ${app.getVersion()}`,
    detail:
      'One-on-one coaching for sales managers: accountability, not micromanagement.\n\n' +
      'Everything stays on this computer. Kept sends nothing anywhere unless you export it.',
    buttons: ['OK'],
    noLink: true
  })
}

/** "Kept could not save …": true when the person chose to lose the text (the second button). */
export async function confirmLosingUnsavedWork(window: BrowserWindow | null, question: UnsavedWorkQuestion): Promise<boolean> {
  const options: MessageBoxOptions = {
    type: 'warning',
    title: 'Kept',
    message: question.message,
    detail: question.detail,
    buttons: question.buttons,
    defaultId: 0,
    cancelId: 0,
    noLink: true
  }
  const { response } = window && !window.isDestroyed() ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
  return response === 1
}

/** "Open example.com in your browser?": true when the person chose to open it (the second button). */
export async function confirmOpeningLink(question: LinkQuestion): Promise<boolean> {
  const options: MessageBoxOptions = { type: 'question', title: 'Kept', message: question.message, detail: question.detail, buttons: question.buttons, defaultId: 0, cancelId: 0, noLink: true }
  const window = BrowserWindow.getFocusedWindow()
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
  return response === 1
}

// Kept's main process: one instance, then on ready: preferences → database → API over IPC →
// window → menu. A data file that cannot be opened starts Kept on its recovery screen (the same
// core and screen as the browser host). The database closes when Kept quits.
import { app, BrowserWindow, ipcMain, nativeTheme, Notification, protocol, session, shell } from 'electron'
import { join } from 'node:path'
import { createAppCore, type AppCore } from './core/app-core'
import { systemClock } from './core/clock'
import { scheduleDailyBackups } from './backup-scheduler'
import { createAppLocation } from './app-location'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { createPrintPages } from './print-pages'
import { registerChooseDatabaseFile } from './choose-database-file'
import { acceptOnlyChosenFiles, createChosenFiles } from './chosen-files'
import { createExitGuard } from './flush-before-close'
import { confirmLosingUnsavedWork, confirmOpeningLink, databaseFileDialogs, showAboutKept, showSqliteEngineMissing, showStartupFailure } from './dialogs'
import { registerApiIpc } from './ipc'
import { registerPdfExport } from './pdf-export'
import { electronPdfDeps } from './pdf-window'
import { scheduleReminders } from './reminder-scheduler'
import { installApplicationMenu } from './menu'
import { openPreferences, userPreferencesStore } from './preferences'
import { createExternalLinkOpener } from './external-links'
import { applyContentSecurityPolicy, applyPermissionPolicy, guardAllWebContents } from './security'
import { applySpellcheckPolicy } from './spellcheck'
import { electronSqliteBindingPath, findWorkingSqliteEngine } from './sqlite-binding'
import { createTrustedSenderCheck } from './trusted-sender'
import { createMainWindow } from './window'

const location = createAppLocation({
  appPath: app.getAppPath(),
  // An installed Kept never loads its screens from a server, whatever the environment says.
  devServerUrl: app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
})

// Kept's screens load from app://kept/ (never file://); the scheme must be declared before ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }])
const printPages = createPrintPages()

let appCore: AppCore | null = null
/** When the page has not asked for the deferred integrity check by then, main runs it. */
const INTEGRITY_CHECK_FALLBACK_MS = 10_000
let mainWindow: BrowserWindow | null = null
let openWindow: (() => void) | null = null
// Closing or quitting waits for the page to save; text it could not save is never lost unasked.
const exitGuard = createExitGuard({ ipc: ipcMain, confirmLoss: confirmLosingUnsavedWork, closingQuits: process.platform !== 'darwin' })

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function closeDatabase(): void {
  const open = appCore
  appCore = null
  try {
    open?.close()
  } catch (error) {
    console.error('[kept] Could not close the database cleanly:', error)
  }
}

async function start(): Promise<void> {
  const preferences = openPreferences()
  nativeTheme.themeSource = preferences.get('theme')
  applyContentSecurityPolicy(session.defaultSession)
  applyPermissionPolicy(session.defaultSession, location.isAppUrl)
  applySpellcheckPolicy(session.defaultSession, process.platform)
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir: location.rendererDir, printPages }))

  const engine = findWorkingSqliteEngine(
    electronSqliteBindingPath({ appPath: app.getAppPath(), resourcesPath: process.resourcesPath, isPackaged: app.isPackaged })
  )
  if (!engine.ok) {
    await showSqliteEngineMissing(engine.expectedPath, engine.reason)
    app.quit()
    return
  }

  const userPreferences = userPreferencesStore(preferences, (changed) => {
    nativeTheme.themeSource = changed.theme
  })
  const defaultPath = join(app.getPath('userData'), 'kept.sqlite')
  const core = createAppCore({
    dbPath: preferences.get('databasePath') ?? defaultPath,
    // A file chosen before that is missing (a drive not connected) is reported, never silently recreated.
    mustExist: preferences.get('databasePath') != null,
    ...(engine.nativeBinding ? { nativeBinding: engine.nativeBinding } : {}),
    clock: systemClock,
    host: 'electron',
    preferences: userPreferences,
    // The page-by-page check runs once the window is shown, so a large file does not delay it.
    deferIntegrityCheck: true,
    // Exports write numbers as the window shows them.
    locale: app.getLocale(),
    onOpenedOtherFile: (path) => preferences.set('databasePath', path)
  })
  appCore = core
  if (core.recoverable.failure) console.warn(`[kept] ${core.recoverable.failure.message} Kept shows its recovery screen.`)
  // The page names no file path: recovery.openFile/createFile take a token for a dialog's answer.
  const chosenFiles = createChosenFiles()
  const handlers = acceptOnlyChosenFiles(core.handlers, chosenFiles)
  const isTrustedSender = createTrustedSenderCheck(() => BrowserWindow.getAllWindows(), location.isAppUrl)
  registerApiIpc(ipcMain, handlers, isTrustedSender)
  registerPdfExport(ipcMain, isTrustedSender, electronPdfDeps(printPages))
  registerChooseDatabaseFile(ipcMain, isTrustedSender, databaseFileDialogs(() => core.recoverable.failure?.path ?? defaultPath), chosenFiles)

  installApplicationMenu({ platform: process.platform, isDevelopment: !app.isPackaged, onAbout: () => void showAboutKept() })
  openWindow = () => {
    mainWindow = createMainWindow({ location, preferences })
    // The page asks for the check (recovery.check) once its first screen is painted; should it
    // not, main runs it a little later anyway. Either way it runs once per file.
    mainWindow.once('ready-to-show', () => setTimeout(() => void core.verifyIntegrity(), INTEGRITY_CHECK_FALLBACK_MS))
    exitGuard.guardWindow(mainWindow)
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  }
  openWindow()

  const stopReminders = scheduleReminders({
    handlers,
    lastShownOn: { get: () => preferences.get('lastReminderOn'), set: (day) => preferences.set('lastReminderOn', day) },
    show: (reminder) => {
      if (!Notification.isSupported()) return
      const notification = new Notification({ title: reminder.title, body: reminder.body, silent: false })
      notification.on('click', focusMainWindow)
      notification.show()
    }
  })
  app.once('will-quit', stopReminders)
  const stopBackups = scheduleDailyBackups({ session: () => core.session, retentionDays: () => userPreferences.get().backupRetentionDays })
  app.once('will-quit', stopBackups)
}

if (!app.requestSingleInstanceLock()) {
  // Another Kept is running: it gets focus (see 'second-instance'); this one leaves quietly.
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  guardAllWebContents(app, location, createExternalLinkOpener({ confirm: confirmOpeningLink, openExternal: (url) => shell.openExternal(url) }))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow?.()
  })
  exitGuard.guardQuit(app)
  app.on('will-quit', closeDatabase)
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[kept] Startup failed:', error)
      showStartupFailure(error)
      closeDatabase()
      app.quit()
    })
}

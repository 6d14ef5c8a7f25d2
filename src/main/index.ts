// Kept's main process: one instance, then on ready: preferences → database → API over IPC →
// window → menu. The database closes when Kept quits.
import { app, BrowserWindow, ipcMain, nativeTheme, Notification, session, shell } from 'electron'
import { join } from 'node:path'
import { createApiHandlers } from './core/api/handlers'
import { systemClock } from './core/clock'
import { createSessionHandlers } from './core/api/session-handlers'
import { createDatabaseSession, type DatabaseSession } from './core/backup/database-session'
import { openDatabase } from './core/db/open-database'
import { scheduleDailyBackups } from './backups'
import { createAppLocation } from './app-location'
import { openDatabaseAtStartup } from './database-startup'
import { flushBeforeQuit, flushBeforeWindowCloses } from './flush-before-close'
import { databaseRecoveryDialogs, showAboutKept, showSqliteEngineMissing, showStartupFailure } from './dialogs'
import { registerApiIpc } from './ipc'
import { registerPdfExport } from './pdf-export'
import { electronPdfDeps } from './pdf-window'
import { scheduleReminders } from './reminders'
import { installApplicationMenu } from './menu'
import { openPreferences, userPreferencesStore } from './preferences'
import { applyContentSecurityPolicy, denyAllPermissions, guardAllWebContents } from './security'
import { electronSqliteBindingPath, findWorkingSqliteEngine } from './sqlite-binding'
import { createTrustedSenderCheck } from './trusted-sender'
import { createMainWindow } from './window'

const location = createAppLocation({
  appPath: app.getAppPath(),
  // An installed Kept never loads its screens from a server, whatever the environment says.
  devServerUrl: app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
})

let databaseSession: DatabaseSession | null = null
let mainWindow: BrowserWindow | null = null
let openWindow: (() => void) | null = null

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function closeDatabase(): void {
  const open = databaseSession
  databaseSession = null
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
  denyAllPermissions(session.defaultSession)

  const engine = findWorkingSqliteEngine(
    electronSqliteBindingPath({ appPath: app.getAppPath(), resourcesPath: process.resourcesPath, isPackaged: app.isPackaged })
  )
  if (!engine.ok) {
    await showSqliteEngineMissing(engine.expectedPath, engine.reason)
    app.quit()
    return
  }

  const opened = await openDatabaseAtStartup({
    path: preferences.get('databasePath') ?? join(app.getPath('userData'), 'kept.sqlite'),
    mustExist: preferences.get('databasePath') != null,
    nativeBinding: engine.nativeBinding,
    dialogs: databaseRecoveryDialogs,
    rememberPath: (path) => preferences.set('databasePath', path)
  })
  if (!opened) {
    app.quit()
    return
  }
  const nativeBinding = engine.nativeBinding
  const keptSession = createDatabaseSession(opened, (path) => openDatabase(path, nativeBinding ? { nativeBinding } : {}), nativeBinding ? { nativeBinding } : {})
  databaseSession = keptSession
  const userPreferences = userPreferencesStore(preferences, (changed) => {
    nativeTheme.themeSource = changed.theme
  })
  const handlers = createSessionHandlers(keptSession, (database) =>
    createApiHandlers({
      db: database.db,
      clock: systemClock,
      databasePath: database.path,
      schemaVersion: database.schemaVersion,
      host: 'electron',
      preferences: userPreferences,
      databaseSession: keptSession
    })
  )
  const isTrustedSender = createTrustedSenderCheck(() => BrowserWindow.getAllWindows(), location.isAppUrl)
  registerApiIpc(ipcMain, handlers, isTrustedSender)
  registerPdfExport(ipcMain, isTrustedSender, electronPdfDeps)

  installApplicationMenu({ platform: process.platform, isDevelopment: !app.isPackaged, onAbout: () => void showAboutKept() })
  openWindow = () => {
    mainWindow = createMainWindow({ location, preferences })
    flushBeforeWindowCloses(ipcMain, mainWindow)
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
  const stopBackups = scheduleDailyBackups({ session: keptSession, retentionDays: () => userPreferences.get().backupRetentionDays })
  app.once('will-quit', stopBackups)
}

if (!app.requestSingleInstanceLock()) {
  // Another Kept is running: it gets focus (see 'second-instance'); this one leaves quietly.
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  guardAllWebContents(app, location, (url) => shell.openExternal(url))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow?.()
  })
  flushBeforeQuit(ipcMain, app, () => BrowserWindow.getAllWindows())
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

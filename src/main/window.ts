// Kept's one window: locked-down web preferences, shown when ready (no white flash), its
// background following the system theme, its size and place remembered between runs.
import { BrowserWindow, nativeTheme, screen, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron'
import type { AppLocation } from './app-location'
import type { PreferencesStore, WindowBounds } from './preferences'
import { spellcheckEnabledOn } from './spellcheck'
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, restorableBounds, trackWindowBounds } from './window-bounds'

/** The renderer's page background (--bg in app.css), so the window never flashes white. */
export const WINDOW_BACKGROUND = { light: '#f6f7f9', dark: '#12161c' } as const

export function windowBackground(dark: boolean): string {
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light
}

export function mainWindowWebPreferences(preloadPath: string, platform: NodeJS.Platform = process.platform): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Only with the system's own dictionaries (macOS): elsewhere Electron would download them.
    spellcheck: spellcheckEnabledOn(platform)
  }
}

export function mainWindowOptions(options: { preloadPath: string; bounds: WindowBounds | null; dark: boolean }): BrowserWindowConstructorOptions {
  const { bounds } = options
  return {
    title: 'Kept',
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : { ...DEFAULT_WINDOW_SIZE, center: true }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: windowBackground(options.dark),
    webPreferences: mainWindowWebPreferences(options.preloadPath)
  }
}

export interface MainWindowOptions {
  location: AppLocation
  preferences: PreferencesStore
}

export function createMainWindow({ location, preferences }: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const bounds = restorableBounds(preferences.get('windowBounds'), workAreas)
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: location.preloadPath, bounds, dark: nativeTheme.shouldUseDarkColors }))

  window.once('ready-to-show', () => {
    if (bounds?.maximized) window.maximize()
    window.show()
  })

  const followTheme = () => {
    if (!window.isDestroyed()) window.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors))
  }
  nativeTheme.on('updated', followTheme)
  window.on('closed', () => nativeTheme.off('updated', followTheme))

  const stopTracking = trackWindowBounds(window, (saved) => preferences.set('windowBounds', saved))
  window.on('closed', stopTracking)

  // app://kept/index.html (src/main/app-protocol.ts) or, in development, the dev server.
  const loading = window.loadURL(location.entryUrl)
  loading.catch((error: unknown) => console.error('[kept] The window could not load Kept\'s screens:', error))
  return window
}

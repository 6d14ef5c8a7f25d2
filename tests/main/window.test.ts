import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppLocation } from '../../src/main/app-location'
import type { PreferencesStore, WindowBounds } from '../../src/main/preferences'
import { createMainWindow, mainWindowOptions, mainWindowWebPreferences, WINDOW_BACKGROUND } from '../../src/main/window'
import { isVisibleOnSomeDisplay, restorableBounds, trackWindowBounds } from '../../src/main/window-bounds'

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)

function memoryPreferences(windowBounds: WindowBounds | null = null) {
  const values: Record<string, unknown> = { windowBounds }
  return {
    values,
    store: { get: (key: string) => values[key], set: (key: string, value: unknown) => void (values[key] = value), path: '' } as unknown as PreferencesStore
  }
}

const location = createAppLocation({ appPath: '/opt/kept' })

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) ? [path] : []
  })
}

beforeEach(() => fake.reset({ appPath: '/opt/kept' }))

describe('the main window', () => {
  it('is locked down: context isolation, sandbox, no Node, web security, the CommonJS preload', () => {
    const webPreferences = mainWindowWebPreferences(location.preloadPath)
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(webPreferences.preload).toBe(join('/opt/kept', 'out', 'preload', 'index.cjs'))
  })

  it('is created with those preferences, hidden until ready, and loads the built renderer', () => {
    const { store } = memoryPreferences()
    const window = createMainWindow({ location, preferences: store }) as unknown as InstanceType<typeof fake.BrowserWindow>
    expect(window.options['webPreferences']).toEqual(mainWindowWebPreferences(location.preloadPath))
    expect(window.options['show']).toBe(false)
    expect(window.options['backgroundColor']).toBe(WINDOW_BACKGROUND.light)
    expect(window.loadURL).toHaveBeenCalledWith('app://kept/index.html')
    expect(window.loadFile).not.toHaveBeenCalled()
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('loads the dev server in development', () => {
    const dev = createAppLocation({ appPath: '/opt/kept', devServerUrl: 'http://localhost:5173' })
    const window = createMainWindow({ location: dev, preferences: memoryPreferences().store }) as unknown as InstanceType<typeof fake.BrowserWindow>
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('follows the system theme with its background colour', () => {
    fake.nativeTheme.shouldUseDarkColors = true
    const window = createMainWindow({ location, preferences: memoryPreferences().store }) as unknown as InstanceType<typeof fake.BrowserWindow>
    expect(window.options['backgroundColor']).toBe(WINDOW_BACKGROUND.dark)
    fake.nativeTheme.shouldUseDarkColors = false
    fake.nativeTheme.emit('updated')
    expect(window.setBackgroundColor).toHaveBeenLastCalledWith(WINDOW_BACKGROUND.light)
    window.close()
    expect(fake.nativeTheme.listenerCount('updated')).toBe(0)
  })

  it('restores saved bounds that are on a display, and saves them on close', () => {
    const saved = { x: 200, y: 150, width: 1000, height: 700, maximized: true }
    const { store, values } = memoryPreferences(saved)
    const window = createMainWindow({ location, preferences: store }) as unknown as InstanceType<typeof fake.BrowserWindow>
    expect(window.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 })
    window.emit('ready-to-show')
    expect(window.maximize).toHaveBeenCalled()
    window.bounds = { x: 10, y: 20, width: 900, height: 640 }
    window.close()
    expect(values['windowBounds']).toEqual({ x: 10, y: 20, width: 900, height: 640, maximized: false })
  })

  it('ignores saved bounds on a display that is gone', () => {
    const { store } = memoryPreferences({ x: 3000, y: 100, width: 1000, height: 700, maximized: false })
    const window = createMainWindow({ location, preferences: store }) as unknown as InstanceType<typeof fake.BrowserWindow>
    expect(window.options).toMatchObject({ width: 1200, height: 800, center: true })
    expect(window.options).not.toHaveProperty('x')
  })

  it('never turns the sandbox or context isolation off, nor Node on, anywhere in the sources', () => {
    const offenders = ['src', 'electron.vite.config.ts'].flatMap((root) => (statSync(root).isDirectory() ? sourceFiles(root) : [root])).filter((file) => {
      const text = readFileSync(file, 'utf8')
      return /sandbox\s*:\s*false|contextIsolation\s*:\s*false|nodeIntegration\w*\s*:\s*true|webSecurity\s*:\s*false|--no-sandbox|enableRemoteModule|experimentalFeatures\s*:\s*true|enableBlinkFeatures|allowpopups|allowRunningInsecureContent\s*:\s*true|webviewTag\s*:\s*true/.test(text)
    })
    expect(offenders).toEqual([])
  })

  it('no window of the app loads a file:// page or a data: URL: Kept\'s pages come from app://', () => {
    const offenders = sourceFiles('src/main').filter((file) => /\.loadFile\(|loadURL\(\s*[`'"](?:file|data):/.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('options are built without a position when there are no saved bounds', () => {
    const options = mainWindowOptions({ preloadPath: 'p', bounds: null, dark: false })
    expect(options).toMatchObject({ width: 1200, height: 800, minWidth: 760, minHeight: 520, title: 'Kept' })
  })
})

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]
  const twoScreens = [...screen, { x: 1920, y: 0, width: 1280, height: 1024 }]

  it('counts bounds as visible only when enough of the window is on a display', () => {
    expect(isVisibleOnSomeDisplay({ x: 100, y: 100, width: 800, height: 600 }, screen)).toBe(true)
    expect(isVisibleOnSomeDisplay({ x: 2000, y: 100, width: 800, height: 600 }, screen)).toBe(false)
    expect(isVisibleOnSomeDisplay({ x: 2000, y: 100, width: 800, height: 600 }, twoScreens)).toBe(true)
    expect(isVisibleOnSomeDisplay({ x: 1900, y: 100, width: 800, height: 600 }, screen)).toBe(false)
    expect(isVisibleOnSomeDisplay({ x: 100, y: -590, width: 800, height: 600 }, screen)).toBe(false)
    expect(isVisibleOnSomeDisplay({ x: 100, y: 100, width: 800, height: 600 }, [])).toBe(false)
  })

  it('restores only sensible saved bounds', () => {
    const good = { x: 100, y: 100, width: 1000, height: 700, maximized: false }
    expect(restorableBounds(good, screen)).toEqual(good)
    expect(restorableBounds(null, screen)).toBeNull()
    expect(restorableBounds({ ...good, width: 100 }, screen)).toBeNull()
    expect(restorableBounds({ ...good, x: Number.NaN }, screen)).toBeNull()
    expect(restorableBounds({ ...good, x: 5000 }, screen)).toBeNull()
  })

  it('saves after moving or resizing stops, not on every event', () => {
    vi.useFakeTimers()
    try {
      const events = new Map<string, () => void>()
      const window = {
        on: (event: string, listener: () => void) => events.set(event, listener),
        getNormalBounds: () => ({ x: 1, y: 2, width: 900, height: 600 }),
        isMaximized: () => false,
        isMinimized: () => false,
        isFullScreen: () => false
      }
      const save = vi.fn()
      trackWindowBounds(window, save, 500)
      for (let step = 0; step < 10; step += 1) {
        events.get('move')!()
        events.get('resize')!()
        vi.advanceTimersByTime(100)
      }
      expect(save).not.toHaveBeenCalled()
      vi.advanceTimersByTime(500)
      expect(save).toHaveBeenCalledExactlyOnceWith({ x: 1, y: 2, width: 900, height: 600, maximized: false })
      events.get('resize')!()
      events.get('close')!()
      expect(save).toHaveBeenCalledTimes(2)
      vi.advanceTimersByTime(1000)
      expect(save).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })
})

// A stand-in for the `electron` module (the real one cannot load here: no Electron binary), with
// just enough behaviour for the main process to start, open a window and answer IPC.
import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import { vi } from 'vitest'

type Listener = (event: unknown, ...args: unknown[]) => unknown

export class FakeFrame {
  constructor(public url = 'about:blank') {}
}

export class FakeWebContents extends EventEmitter {
  /** Where flush answers go (the fake ipcMain); set by createFakeElectron. */
  static ipcMain: EventEmitter | null = null
  mainFrame = new FakeFrame()
  destroyed = false
  /** Whether the page answers main's flush requests (as the real renderer does). */
  answersFlush = true
  /** What it answers: everything saved, or not (a failing write). */
  allSaved = true
  isDestroyed = () => this.destroyed
  send = vi.fn((channel: string, requestId: unknown) => {
    if (channel === 'kept:flush-request' && this.answersFlush) {
      setImmediate(() => FakeWebContents.ipcMain?.emit('kept:flush-done', { sender: this }, requestId, this.allSaved))
    }
  })
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler
  })
}

export interface FakeElectron {
  userData: string
  appPath: string
  isPackaged: boolean
  singleInstance: boolean
  app: EventEmitter & Record<string, ReturnType<typeof vi.fn> | unknown>
  BrowserWindow: typeof FakeBrowserWindow
  ipcMain: EventEmitter & { handlers: Map<string, Listener>; handle: ReturnType<typeof vi.fn>; removeHandler: ReturnType<typeof vi.fn> }
  nativeTheme: EventEmitter & { shouldUseDarkColors: boolean; themeSource: string }
  session: { defaultSession: ReturnType<typeof createSession> }
  shell: { openExternal: ReturnType<typeof vi.fn> }
  protocol: { registerSchemesAsPrivileged: ReturnType<typeof vi.fn>; handle: ReturnType<typeof vi.fn>; handlers: Map<string, (request: Request) => Promise<Response>> }
  screen: { getAllDisplays: ReturnType<typeof vi.fn> }
  Menu: { buildFromTemplate: ReturnType<typeof vi.fn>; setApplicationMenu: ReturnType<typeof vi.fn> }
  dialog: {
    showMessageBox: ReturnType<typeof vi.fn>
    showOpenDialog: ReturnType<typeof vi.fn>
    showSaveDialog: ReturnType<typeof vi.fn>
    showErrorBox: ReturnType<typeof vi.fn>
  }
  contextBridge: { exposeInMainWorld: ReturnType<typeof vi.fn> }
  ipcRenderer: { invoke: ReturnType<typeof vi.fn> }
  /** The object `import … from 'electron'` receives. */
  module: Record<string, unknown>
  reset(options?: { userData?: string; appPath?: string; isPackaged?: boolean; singleInstance?: boolean }): void
}

function createSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn()
  }
}

export class FakeBrowserWindow extends EventEmitter {
  /** The fake app, told about each new web contents like Electron's 'web-contents-created'. */
  static app: EventEmitter | null = null
  static instances: FakeBrowserWindow[] = []
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances.filter((window) => !window.destroyed))
  static getFocusedWindow = vi.fn(() => FakeBrowserWindow.instances.find((window) => !window.destroyed) ?? null)

  destroyed = false
  minimized = false
  webContents = new FakeWebContents()
  bounds: { x: number; y: number; width: number; height: number }

  constructor(public options: Record<string, unknown>) {
    super()
    this.bounds = {
      x: (options['x'] as number | undefined) ?? 100,
      y: (options['y'] as number | undefined) ?? 100,
      width: (options['width'] as number | undefined) ?? 800,
      height: (options['height'] as number | undefined) ?? 600
    }
    FakeBrowserWindow.instances.push(this)
    FakeBrowserWindow.app?.emit('web-contents-created', {}, this.webContents)
  }

  loadFile = vi.fn(async (path: string) => {
    this.webContents.mainFrame.url = pathToFileURL(path).href
  })
  loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url
  })
  show = vi.fn()
  focus = vi.fn()
  maximize = vi.fn()
  restore = vi.fn(() => {
    this.minimized = false
  })
  setBackgroundColor = vi.fn()
  isMinimized = () => this.minimized
  isMaximized = () => false
  isFullScreen = () => false
  isDestroyed = () => this.destroyed
  getNormalBounds = () => ({ ...this.bounds })
  close = () => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
  }
}

export function createFakeElectron(): FakeElectron {
  const app = new EventEmitter() as FakeElectron['app']
  const BrowserWindow = FakeBrowserWindow
  FakeBrowserWindow.app = app
  const ipcHandlers = new Map<string, Listener>()
  const fake = {
    userData: '',
    appPath: '',
    isPackaged: false,
    singleInstance: true,
    app,
    BrowserWindow,
    ipcMain: Object.assign(new EventEmitter(), {
      handlers: ipcHandlers,
      handle: vi.fn((channel: string, listener: Listener) => {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        ipcHandlers.set(channel, listener)
      }),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel))
    }),
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' }),
    session: { defaultSession: createSession() },
    shell: { openExternal: vi.fn(async () => undefined) },
    protocol: {
      handlers: new Map<string, (request: Request) => Promise<Response>>(),
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
        fake.protocol.handlers.set(scheme, handler)
      })
    },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showErrorBox: vi.fn()
    },
    Notification: Object.assign(
      vi.fn(function FakeNotification(this: EventEmitter & { show: () => void }, options: unknown) {
        EventEmitter.call(this)
        Object.assign(this, EventEmitter.prototype, { options, show: vi.fn() })
      }),
      { isSupported: vi.fn(() => true) }
    ),
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })) },
    module: {} as Record<string, unknown>,
    reset(options: { userData?: string; appPath?: string; isPackaged?: boolean; singleInstance?: boolean } = {}) {
      fake.userData = options.userData ?? ''
      fake.appPath = options.appPath ?? ''
      fake.isPackaged = options.isPackaged ?? false
      fake.singleInstance = options.singleInstance ?? true
      app.removeAllListeners()
      fake.nativeTheme.removeAllListeners()
      fake.nativeTheme.themeSource = 'system'
      ipcHandlers.clear()
      fake.protocol.handlers.clear()
      BrowserWindow.instances.length = 0
      fake.session.defaultSession = createSession()
      vi.clearAllMocks()
    }
  }

  Object.assign(app, {
    requestSingleInstanceLock: vi.fn(() => fake.singleInstance),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getAppPath: vi.fn(() => fake.appPath),
    getPath: vi.fn((name: string) => {
      if (name !== 'userData') throw new Error(`unexpected app.getPath(${name})`)
      return fake.userData
    }),
    getVersion: vi.fn(() => '0.1.0'),
    getLocale: vi.fn(() => 'de-DE')
  })
  Object.defineProperty(app, 'isPackaged', { get: () => fake.isPackaged })

  const module: Record<string, unknown> = {
    app,
    BrowserWindow,
    ipcMain: fake.ipcMain,
    nativeTheme: fake.nativeTheme,
    session: fake.session,
    shell: fake.shell,
    protocol: fake.protocol,
    screen: fake.screen,
    Menu: fake.Menu,
    dialog: fake.dialog,
    contextBridge: fake.contextBridge,
    ipcRenderer: fake.ipcRenderer
  }
  module['default'] = module
  fake.module = module
  FakeWebContents.ipcMain = fake.ipcMain
  return fake
}

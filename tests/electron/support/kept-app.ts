// Launches the built Kept (out/) in the development Electron through Playwright's Electron
// support, on a temporary user-data folder: Electron itself honours `--user-data-dir`
// (app.getPath('userData')), so preferences and the default database (userData/kept.sqlite) live
// there and the app needs no test-only switch. Every launch records what main observed (see
// observe-main.cjs); closing a launch fails the test if any request left the app.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterEach, beforeEach, expect } from 'vitest'

export const APP_ROOT = resolve('.')
const OBSERVER = resolve('tests', 'electron', 'support', 'observe-main.cjs')

export interface Observation {
  pid: number
  at: number
  kind: 'started' | 'request' | 'sqlite-addon' | 'will-quit' | 'message-box'
  url?: string
  path?: string
  message?: string
  detail?: string
  buttons?: string[]
}

/** A temporary folder holding the user-data folder and the observations file of one or more launches. */
export interface KeptProfile {
  dir: string
  userDataDir: string
  dbPath: string
  observationsFile: string
  observations(): Observation[]
  remove(): void
}

export function createProfile(userDataDir?: string): KeptProfile {
  const dir = mkdtempSync(join(tmpdir(), 'kept-electron-'))
  const data = userDataDir ?? join(dir, 'user-data')
  const observationsFile = join(dir, 'observations.jsonl')
  return {
    dir,
    userDataDir: data,
    dbPath: join(data, 'kept.sqlite'),
    observationsFile,
    observations: () =>
      existsSync(observationsFile)
        ? readFileSync(observationsFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Observation)
        : [],
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** The development Electron binary (what `require('electron')` names in Node). */
export function electronBinary(): string {
  return createRequire(join(APP_ROOT, 'package.json'))('electron') as string
}

function launchEnvironment(profile: KeptProfile): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  // The built screens, never a dev server; Electron as itself, never as plain Node.
  delete env['ELECTRON_RENDERER_URL']
  delete env['ELECTRON_RUN_AS_NODE']
  env['KEPT_TEST_OBSERVATIONS'] = profile.observationsFile
  return env
}

/** The arguments after the Electron binary: the observer, the app folder and its user-data folder. */
export function keptArguments(profile: KeptProfile): string[] {
  return ['-r', OBSERVER, APP_ROOT, `--user-data-dir=${profile.userDataDir}`]
}

/**
 * Schemes that never leave the machine: Kept's own pages (file:, or its app: protocol), data and
 * blob URLs, Chromium's internal pages. Everything else main sees is a request that left the app.
 */
export function isLocalUrl(url: string): boolean {
  return /^(file|app|data|blob|devtools|chrome|chrome-extension|about):/i.test(url)
}

export interface KeptApp {
  electronApp: ElectronApplication
  window: Page
  profile: KeptProfile
  /** The main process id. */
  pid: number
  /** Requests main saw leave through any session since this profile's first launch. */
  requests(): string[]
  /**
   * Quits as Kept's menu does, waits for the process to end, and fails unless the only requests
   * that left the app are the `expected` ones the test made itself.
   */
  close(expected?: string[]): Promise<void>
  /** Ends the app at once, as a crash or a power cut would (SIGKILL; taskkill /F on Windows). */
  kill(): Promise<void>
}

export async function launchKept(profile: KeptProfile): Promise<KeptApp> {
  const electronApp = await electron.launch({ args: keptArguments(profile), env: launchEnvironment(profile), cwd: APP_ROOT, timeout: 60_000 })
  const window = await electronApp.firstWindow({ timeout: 60_000 })
  const pid = await electronApp.evaluate(() => process.pid)
  const exited = new Promise<void>((resolveExit) => electronApp.once('close', () => resolveExit()))
  let gone = false
  void exited.then(() => (gone = true))
  const requests = () =>
    profile
      .observations()
      .filter((entry) => entry.kind === 'request' && !isLocalUrl(entry.url ?? ''))
      .map((entry) => entry.url ?? '')
  return {
    electronApp,
    window,
    profile,
    pid,
    requests,
    async close(expected: string[] = []) {
      if (!gone) {
        await clickQuitMenuItem(electronApp).catch(() => undefined)
        await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 15_000))])
        if (!gone) await killProcessTree(pid)
        await exited
      }
      expect(requests().filter((url) => !expected.includes(url)), 'requests that left the app').toEqual([])
    },
    async kill() {
      await killProcessTree(pid)
      await exited
    }
  }
}

/** SIGKILL to the whole process group (main and its helpers) on macOS and Linux; taskkill /F /T on Windows. */
export async function killProcessTree(pid: number): Promise<void> {
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/F', '/T', '/PID', String(pid)], { stdio: 'ignore' })
    return
  }
  try {
    // Playwright starts Electron as the leader of its own process group.
    process.kill(-pid, 'SIGKILL')
  } catch {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

/**
 * Clicks the Quit item of Kept's own application menu, in main: the item Cmd+Q (macOS) and
 * Ctrl+Q (Windows, Linux) trigger. Key presses sent to the page would not reach the native menu
 * on macOS, so the tests click the item itself. Resolves with the item's accelerator.
 */
export async function clickQuitMenuItem(electronApp: ElectronApplication): Promise<string> {
  return electronApp.evaluate(({ Menu }) => {
    type Item = { role?: string; accelerator?: string | null; submenu?: { items: Item[] } | null; click: () => void; getDefaultRoleAccelerator?: () => string | undefined }
    const items: Item[] = []
    const walk = (list: Item[]) => {
      for (const item of list) {
        items.push(item)
        if (item.submenu) walk(item.submenu.items)
      }
    }
    walk((Menu.getApplicationMenu()?.items ?? []) as unknown as Item[])
    const quit = items.find((item) => item.role?.toLowerCase() === 'quit')
    if (!quit) throw new Error('Kept\'s menu has no Quit item.')
    // Give the click back to the test before the app starts to go away.
    setTimeout(() => quit.click(), 0)
    // An item given only a role (Kept's macOS app menu) takes Electron's accelerator for that role.
    return quit.accelerator || quit.getDefaultRoleAccelerator?.() || ''
  })
}

export interface RecordedMessageBox {
  message: string
  detail: string
  buttons: string[]
}

/**
 * Replaces the native message boxes in main with a recorder (into the profile's observations,
 * so they can be read after the app has gone) that answers with the button labelled `answer`,
 * so no test waits on a dialog nobody can see.
 */
export async function answerMessageBoxes(electronApp: ElectronApplication, answer: string): Promise<void> {
  await electronApp.evaluate(({ dialog }, buttonLabel) => {
    type Options = { message?: string; detail?: string; buttons?: string[] }
    const note = (globalThis as unknown as { keptTestNote: (kind: string, detail: object) => void }).keptTestNote
    const respond = (args: unknown[]) => {
      const options = (args.length > 1 ? args[1] : args[0]) as Options
      const buttons = options.buttons ?? []
      note('message-box', { message: options.message ?? '', detail: options.detail ?? '', buttons })
      const index = buttons.findIndex((label) => label === buttonLabel)
      return index === -1 ? 0 : index
    }
    dialog.showMessageBox = (async (...args: unknown[]) => ({ response: respond(args), checkboxChecked: false })) as typeof dialog.showMessageBox
    dialog.showMessageBoxSync = ((...args: unknown[]) => respond(args)) as typeof dialog.showMessageBoxSync
  }, answer)
}

export function recordedMessageBoxes(profile: KeptProfile): RecordedMessageBox[] {
  return profile
    .observations()
    .filter((entry) => entry.kind === 'message-box')
    .map((entry) => ({ message: entry.message ?? '', detail: entry.detail ?? '', buttons: entry.buttons ?? [] }))
}

/** Makes the native save dialog answer `folder/<the suggested file name>`. */
export async function answerSaveDialogsIn(electronApp: ElectronApplication, folder: string): Promise<void> {
  await electronApp.evaluate(({ dialog }, target) => {
    const pathFor = (args: unknown[]) => {
      const options = (args.length > 1 ? args[1] : args[0]) as { defaultPath?: string }
      const name = (options.defaultPath ?? 'export').split(/[\\/]/).pop() ?? 'export'
      return `${target}${process.platform === 'win32' ? '\\' : '/'}${name}`
    }
    dialog.showSaveDialog = (async (...args: unknown[]) => ({ canceled: false, filePath: pathFor(args) })) as typeof dialog.showSaveDialog
    dialog.showSaveDialogSync = ((...args: unknown[]) => pathFor(args)) as typeof dialog.showSaveDialogSync
  }, folder)
}

/** Records what Kept hands to the user's browser or mail program instead of opening it. */
export async function recordOpenExternal(electronApp: ElectronApplication): Promise<void> {
  await electronApp.evaluate(({ shell }) => {
    const opened: string[] = []
    ;(globalThis as unknown as { keptOpenedExternally: string[] }).keptOpenedExternally = opened
    shell.openExternal = (async (url: string) => {
      opened.push(url)
    }) as typeof shell.openExternal
  })
}

export async function openedExternally(electronApp: ElectronApplication): Promise<string[]> {
  return electronApp.evaluate(() => (globalThis as unknown as { keptOpenedExternally?: string[] }).keptOpenedExternally ?? [])
}

/** Calls the API through the preload's `window.kept`, as the renderer does, and unwraps the answer. */
export async function callApi<T>(window: Page, method: string, input: unknown = {}): Promise<T> {
  const envelope = await window.evaluate(
    ([name, body]) => {
      const bridge = (globalThis as unknown as { kept: Record<string, (input: unknown) => Promise<unknown>> }).kept
      return bridge[name]!(body) as Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>
    },
    [method, input] as const
  )
  if (!envelope.ok) throw new Error(envelope.error?.message ?? `${method} failed`)
  return envelope.value as T
}

/** Shows one of Kept's screens by its address (the hash route; no navigation leaves the page). */
export async function showScreen(window: Page, route: string): Promise<void> {
  await window.evaluate((hash) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = hash
  }, route)
}

/** Starts a second Kept on the same profile as a plain process, as a person double-clicking it again would. */
export function startSecondInstance(profile: KeptProfile): ChildProcess {
  const args = [...keptArguments(profile), ...(process.platform === 'linux' ? ['--no-sandbox'] : [])]
  return spawn(electronBinary(), args, { cwd: APP_ROOT, env: launchEnvironment(profile), stdio: 'ignore' })
}

/** One test's Kept: its profile and its launches, set up and ended around each test. */
export interface KeptAppUse {
  /** This test's profile: a fresh one before each test, removed after it. */
  readonly profile: KeptProfile
  /** The last launch of this test (launching again replaces it, as after a kill). */
  readonly current: KeptApp
  /** Launches Kept on this test's profile; the launch is closed after the test. */
  launch(): Promise<KeptApp>
  /** Closes the current launch now, failing unless the only requests that left the app are `expected`. */
  close(expected?: string[]): Promise<void>
}

/**
 * Registers the hooks every Electron test needs: a profile before each test; after it, the
 * current launch closed (which fails the test if a request left the app), the profile removed,
 * and then `afterClose` (for what the test made beside the profile).
 */
export function useKeptApp(options: { profile?: () => KeptProfile; afterClose?: (profile: KeptProfile) => void } = {}): KeptAppUse {
  let profile: KeptProfile | undefined
  let current: KeptApp | undefined
  beforeEach(() => {
    profile = (options.profile ?? createProfile)()
  })
  afterEach(async () => {
    await current?.close()
    current = undefined
    profile?.remove()
    if (profile) options.afterClose?.(profile)
    profile = undefined
  })
  const use: KeptAppUse = {
    get profile() {
      if (!profile) throw new Error('useKeptApp: the profile exists only while a test runs.')
      return profile
    },
    get current() {
      if (!current) throw new Error('useKeptApp: Kept is not running; call launch() first.')
      return current
    },
    async launch() {
      current = await launchKept(use.profile)
      return current
    },
    async close(expected = []) {
      await current?.close(expected)
      current = undefined
    }
  }
  return use
}

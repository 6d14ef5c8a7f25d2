// Where Kept's own code lives (preload, renderer) and which URLs are Kept's own pages. Pure, so
// the navigation guard and the IPC sender check can be tested without Electron. The built
// renderer is served as app://kept/ (src/main/app-protocol.ts), never from file://.
import { join, normalize } from 'node:path'
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from './app-protocol'

export interface AppLocation {
  /** The built preload script (CommonJS: the renderer is sandboxed). */
  preloadPath: string
  /** The dev server URL (development only) or null: the window loads app://kept/index.html. */
  devServerUrl: string | null
  /** out/renderer: the files app://kept/ serves. */
  rendererDir: string
  /** The URL the window loads. */
  entryUrl: string
  /** Any page of Kept's renderer: app://kept/…, or the dev server's origin. */
  isAppUrl(url: string): boolean
  /** The renderer's entry page itself (query and hash aside): the only allowed navigation. */
  isEntryUrl(url: string): boolean
}

export interface AppLocationOptions {
  /** The app root: the folder (or asar archive) holding package.json and out/. */
  appPath: string
  /** ELECTRON_RENDERER_URL, honoured only for an unpackaged app. */
  devServerUrl?: string | undefined
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function devServerOrigin(devServerUrl: string | undefined): URL | null {
  if (!devServerUrl) return null
  const url = parse(devServerUrl)
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null
}

/** app://kept/… (Node gives non-special schemes an opaque origin, so compare scheme and host). */
const isOwnProtocol = (url: URL): boolean => url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '' && url.port === ''

export function createAppLocation({ appPath, devServerUrl }: AppLocationOptions): AppLocation {
  const rendererDir = normalize(join(appPath, 'out', 'renderer'))
  const devServer = devServerOrigin(devServerUrl)

  const isAppUrl = (candidate: string): boolean => {
    const url = parse(candidate)
    if (!url) return false
    return devServer ? url.origin === devServer.origin : isOwnProtocol(url)
  }

  const isEntryUrl = (candidate: string): boolean => {
    const url = parse(candidate)
    if (!url) return false
    const isIndex = url.pathname === '/' || url.pathname === '/index.html'
    return (devServer ? url.origin === devServer.origin : isOwnProtocol(url)) && isIndex
  }

  return {
    preloadPath: join(appPath, 'out', 'preload', 'index.cjs'),
    devServerUrl: devServer ? devServer.href : null,
    rendererDir,
    entryUrl: devServer ? devServer.href : APP_ENTRY_URL,
    isAppUrl,
    isEntryUrl
  }
}

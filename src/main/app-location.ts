// Where Kept's own code lives (preload, renderer) and which URLs are Kept's own pages. Pure, so
// the navigation guard and the IPC sender check can be tested without Electron.
import { join, normalize, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface AppLocation {
  /** The built preload script (CommonJS: the renderer is sandboxed). */
  preloadPath: string
  /** The dev server URL (development only) or null: load `rendererIndexPath` from disk. */
  devServerUrl: string | null
  rendererIndexPath: string
  /** The URL the window loads. */
  entryUrl: string
  /** Any page of Kept's renderer: a file under out/renderer, or the dev server's origin. */
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

/** Windows paths compare without regard to case (a drive letter may come back as c: or C:). */
const comparable = (path: string): string => (process.platform === 'win32' ? path.toLowerCase() : path)

function filePathOf(url: URL): string | null {
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return null
  try {
    return comparable(normalize(fileURLToPath(url)))
  } catch {
    return null
  }
}

function devServerOrigin(devServerUrl: string | undefined): URL | null {
  if (!devServerUrl) return null
  const url = parse(devServerUrl)
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null
}

export function createAppLocation({ appPath, devServerUrl }: AppLocationOptions): AppLocation {
  const rendererDir = normalize(join(appPath, 'out', 'renderer'))
  const rendererIndexPath = join(rendererDir, 'index.html')
  const devServer = devServerOrigin(devServerUrl)

  const isAppUrl = (candidate: string): boolean => {
    const url = parse(candidate)
    if (!url) return false
    if (devServer) return url.origin === devServer.origin
    const path = filePathOf(url)
    return path !== null && path.startsWith(comparable(rendererDir + sep))
  }

  const isEntryUrl = (candidate: string): boolean => {
    const url = parse(candidate)
    if (!url) return false
    if (devServer) return url.origin === devServer.origin && (url.pathname === '/' || url.pathname === '/index.html')
    return filePathOf(url) === comparable(rendererIndexPath)
  }

  return {
    preloadPath: join(appPath, 'out', 'preload', 'index.cjs'),
    devServerUrl: devServer ? devServer.href : null,
    rendererIndexPath,
    entryUrl: devServer ? devServer.href : pathToFileURL(rendererIndexPath).href,
    isAppUrl,
    isEntryUrl
  }
}

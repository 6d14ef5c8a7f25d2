// The browser host: serves the built renderer on 127.0.0.1 and answers the same API contract
// with the same handlers and validation as Electron's IPC, over HTTP, on a given database file.
// It exists for end-to-end tests, screenshots and development; it never imports electron.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy'
import { systemClock, type Clock } from '../core/clock'
import { createAppCore } from '../core/app-core'
import { cookieValue, isRunKey, keyCookieName, KEY_PARAM, newRunKey, openAddress } from './host-access'
import { dispatch } from '../core/api/dispatch'
import type { KeptDatabase } from '../core/db/open-database'
import type { RecoverableCore } from '../core/recovery/recoverable-core'
import { createJsonFilePreferencesStore } from '../core/preferences/preferences-store'

export interface BrowserHostOptions {
  dbPath: string
  rendererDir: string
  port?: number
  demo?: boolean
  clock?: Clock
  /** Do not create the file when it is missing: start on the recovery screen instead. */
  mustExist?: boolean
  /**
   * Open without the page-by-page check, leaving it to the page's `recovery.check` once its first
   * screen is shown, as the desktop app does (default: check while opening).
   */
  deferIntegrityCheck?: boolean
  /** How long a client may take to send its headers and its whole request (shorter in tests). */
  timeouts?: { headersMs: number; requestMs: number }
}

export interface BrowserHost {
  /** `http://127.0.0.1:PORT/`, without the key: works once the browser has the key's cookie. */
  url: string
  /** `http://127.0.0.1:PORT` */
  origin: string
  /** The address to open first (the one `npm run host` prints): it carries this run's key, which the page exchanges for a cookie. */
  openUrl: string
  /** The open database (a new connection after a restore; throws while the host is on the recovery screen). */
  readonly database: KeptDatabase
  /** The core, in recovery mode when the file could not be opened. */
  core: RecoverableCore
  close(): Promise<void>
}

// A CSV import carries up to 50 MB of file text.
export const MAX_BODY_BYTES = 60 * 1024 * 1024
// A slow or stalled client is dropped: loopback requests take milliseconds, a 50 MB import well under a second.
export const HEADERS_TIMEOUT_MS = 5_000
export const REQUEST_TIMEOUT_MS = 30_000

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8'
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY'
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...headers })
  response.end(JSON.stringify(body))
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS })
  response.end(`${text}\n`)
}

const refused = (message: string) => ({ ok: false, error: { code: 'internal', message } })

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data')
        request.pause()
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/** The path of a request in origin form (`/…`), decoded; null for anything else (`*`, `http://…`, bad escapes). */
function requestPath(rawUrl: string | undefined): { pathname: string; key: string | null } | null {
  if (!rawUrl?.startsWith('/')) return null
  // Parsed against a fixed base, so `//[x` is a path and not an authority.
  const url = URL.parse(`http://kept.invalid${rawUrl}`)
  if (!url) return null
  try {
    return { pathname: decodeURIComponent(url.pathname), key: url.searchParams.get(KEY_PARAM) }
  } catch {
    return null
  }
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const rendererRoot = resolve(options.rendererDir)
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error(`The renderer is not built: ${join(rendererRoot, 'index.html')} is missing. Run \`npm run build\`.`)
  }
  const preferences = createJsonFilePreferencesStore(`${options.dbPath}.preferences.json`)
  // A file that cannot be opened starts the host on the recovery screen instead of failing.
  const appCore = createAppCore({
    dbPath: options.dbPath,
    mustExist: options.mustExist ?? false,
    clock: options.clock ?? systemClock,
    host: 'browser',
    preferences,
    deferIntegrityCheck: options.deferIntegrityCheck ?? false
  })
  const core = appCore.recoverable
  const handlers = appCore.handlers
  if (options.demo && core.database) {
    const status = dispatch(handlers, 'app.status', {})
    if (status.ok && (status.value as { repCount: number }).repCount === 0) {
      const loaded = dispatch(handlers, 'demo.load', {})
      if (!loaded.ok) throw new Error(`Could not load the demo team: ${loaded.error.message}`)
    }
  }

  const runKey = newRunKey()
  let origin = ''
  let ownHost = ''
  let cookieName = ''

  async function answerApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    // Only Kept's own page may call: a page from another origin would need a CORS preflight
    // for this header and content type, which this server never grants.
    if (request.headers.origin !== origin || request.headers['x-kept'] !== '1' || !request.headers['content-type']?.startsWith('application/json')) {
      sendJson(response, 403, refused('Request refused: it did not come from Kept\'s page.'))
      return
    }
    const tooLarge = () => sendJson(response, 413, { ok: false, error: { code: 'invalid_input', message: 'The request is too large.' } }, { Connection: 'close' })
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      tooLarge()
      return
    }
    let input: unknown
    try {
      const body = await readBody(request)
      input = body.trim() === '' ? {} : JSON.parse(body)
    } catch (error) {
      if (error instanceof BodyTooLarge) tooLarge()
      else sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON.' } })
      return
    }
    sendJson(response, 200, dispatch(handlers, method, input))
  }

  function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    const relative = normalize(pathname).replace(/^([/\\])+/, '')
    let file = resolve(rendererRoot, relative)
    if (file !== rendererRoot && !file.startsWith(rendererRoot + sep)) {
      response.writeHead(404, SECURITY_HEADERS).end()
      return
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(rendererRoot, 'index.html')
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...SECURITY_HEADERS
    }
    response.writeHead(200, headers)
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file))
  }

  function answer(request: IncomingMessage, response: ServerResponse): void {
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 sends its own name here.
    if (request.headers.host !== ownHost) {
      sendText(response, 421, `Kept answers only at ${origin}.`)
      return
    }
    const path = requestPath(request.url)
    if (!path) {
      sendText(response, 400, 'Bad address.')
      return
    }
    const apiMatch = /^\/api\/([^/]+)$/.exec(path.pathname)
    if (path.key !== null) {
      if (!isRunKey(path.key, runKey) || apiMatch || (request.method !== 'GET' && request.method !== 'HEAD')) {
        sendText(response, 401, 'This key is not the one this run of Kept printed. Open the address `npm run host` printed last.')
        return
      }
      // The key becomes a cookie the page cannot read, and the address bar loses the key.
      response.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${cookieName}=${runKey}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
        ...SECURITY_HEADERS
      })
      response.end()
      return
    }
    if (!isRunKey(cookieValue(request.headers.cookie, cookieName), runKey)) {
      const message = 'Kept needs this run\'s key: open the address `npm run host` printed (it ends in ?key=…).'
      if (apiMatch) sendJson(response, 401, refused(message))
      else sendText(response, 401, message)
      return
    }
    if (apiMatch) {
      if (request.method !== 'POST') {
        sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST.' } })
        return
      }
      answerApi(request, response, apiMatch[1]!).catch((error: unknown) => {
        console.error('[kept host]', error)
        if (!response.headersSent) sendJson(response, 500, refused('The host failed.'))
      })
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, SECURITY_HEADERS).end()
      return
    }
    serveFile(request, response, path.pathname)
  }

  const server = createServer(
    { headersTimeout: options.timeouts?.headersMs ?? HEADERS_TIMEOUT_MS, requestTimeout: options.timeouts?.requestMs ?? REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 500 },
    (request, response) => {
      try {
        answer(request, response)
      } catch (error) {
        // Nothing a request carries may stop the host.
        console.error('[kept host]', error)
        if (!response.headersSent) sendText(response, 500, 'The host failed.')
        else response.destroy()
      }
    }
  )

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  ownHost = `127.0.0.1:${port}`
  origin = `http://${ownHost}`
  cookieName = keyCookieName(port)

  return {
    url: `${origin}/`,
    origin,
    openUrl: openAddress(origin, runKey),
    get database() {
      const session = appCore.session
      if (!session) throw new Error(`The host is on the recovery screen: ${core.failure?.message ?? ''}`)
      return session.database
    },
    core,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections()
        server.close(() => {
          appCore.close()
          resolveClose()
        })
      })
  }
}

// The browser host: serves the built renderer on 127.0.0.1 and answers the same API contract
// with the same handlers and validation as Electron's IPC, over HTTP, on a given database file.
// It exists for end-to-end tests, screenshots and development; it never imports electron.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy'
import { systemClock, type Clock } from '../core/clock'
import { createAppCore } from '../core/app-core'
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
}

export interface BrowserHost {
  url: string
  /** The open database (a new connection after a restore; throws while the host is on the recovery screen). */
  readonly database: KeptDatabase
  /** The core, in recovery mode when the file could not be opened. */
  core: RecoverableCore
  close(): Promise<void>
}

// A CSV import carries up to 50 MB of file text.
const MAX_BODY_BYTES = 60 * 1024 * 1024

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

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS })
  response.end(JSON.stringify(body))
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too_large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
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

  let origin = ''

  async function answerApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    // Only Kept's own page may call: a page from another origin would need a CORS preflight
    // for this header and content type, which this server never grants.
    if (request.headers.origin !== origin || request.headers['x-kept'] !== '1' || !request.headers['content-type']?.startsWith('application/json')) {
      sendJson(response, 403, { ok: false, error: { code: 'internal', message: 'Request refused: it did not come from Kept\'s page.' } })
      return
    }
    let input: unknown
    try {
      const body = await readBody(request)
      input = body.trim() === '' ? {} : JSON.parse(body)
    } catch (error) {
      const tooLarge = (error as Error).message === 'too_large'
      sendJson(response, tooLarge ? 413 : 400, {
        ok: false,
        error: { code: 'invalid_input', message: tooLarge ? 'The request is too large.' : 'The request was not valid JSON.' }
      })
      return
    }
    sendJson(response, 200, dispatch(handlers, decodeURIComponent(method), input))
  }

  function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
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

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin || 'http://127.0.0.1')
    const apiMatch = /^\/api\/([^/]+)$/.exec(url.pathname)
    if (apiMatch) {
      if (request.method !== 'POST') {
        sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST.' } })
        return
      }
      answerApi(request, response, apiMatch[1]!).catch((error: unknown) => {
        console.error('[kept host]', error)
        if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'The host failed.' } })
      })
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, SECURITY_HEADERS).end()
      return
    }
    serveFile(request, response, url.pathname)
  })

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}/`,
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

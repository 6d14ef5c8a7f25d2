// Kept's own `app://` protocol: the window loads its screens from app://kept/ (never file://), and
// the PDF export prints from app://print/<id>. Pure: the request → response logic is tested in
// Node; src/main/index.ts registers it with Electron's `protocol.handle`.
import { readFile as readFileFromDisk } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy'
import { PRINT_CONTENT_SECURITY_POLICY, type PrintPages } from './print-pages'

export const APP_SCHEME = 'app'
/** The renderer's origin: app://kept. */
export const APP_HOST = 'kept'
/** Pages printed to PDF: app://print/<id>, another origin than the renderer's. */
export const PRINT_HOST = 'print'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Standard (relative URLs and an origin of its own, so 'self' in the CSP means app://kept) and
 * secure (a secure context, like https); fetch for the renderer's module scripts; V8 code cache.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
}

/** The content type of a file Kept serves, or null: a file of another kind is not served. */
export function contentTypeOf(path: string): string | null {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? null
}

export type AssetResolution = { ok: true; path: string; contentType: string } | { ok: false; status: 400 | 403 | 404 }

/**
 * The file under `rootDir` that an app://kept/… URL names, refusing anything that would leave
 * the folder: `..` (plain or encoded), encoded slashes or backslashes, NUL, absolute paths.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): AssetResolution {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 400 }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  const segments = pathname.split('/').slice(1)
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\\') || segment.includes('\0') || /^[a-z]:/i.test(segment))) {
    return { ok: false, status: 403 }
  }
  const root = resolve(rootDir)
  const path = resolve(root, ...segments)
  const inside = relative(root, path)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !path.startsWith(root + sep)) return { ok: false, status: 403 }
  const contentType = contentTypeOf(path)
  if (!contentType) return { ok: false, status: 404 }
  return { ok: true, path, contentType }
}

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' } as const

function refusal(status: number): Response {
  return new Response(null, { status, headers: { ...COMMON_HEADERS, 'Content-Security-Policy': "default-src 'none'" } })
}

export interface AppProtocolOptions {
  /** out/renderer: the built renderer. */
  rendererDir: string
  printPages: PrintPages
  readFile?: (path: string) => Promise<Uint8Array>
}

/** The handler for `protocol.handle('app', …)`: Kept's files and print pages, each with its CSP. */
export function createAppProtocolHandler({ rendererDir, printPages, readFile = readFileFromDisk }: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405)
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return refusal(400)
    }
    if (url.protocol === `${APP_SCHEME}:` && url.host === PRINT_HOST) {
      const html = printPages.get(url.pathname.slice(1))
      if (html === null) return refusal(404)
      return new Response(html, {
        status: 200,
        headers: { ...COMMON_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY }
      })
    }
    const asset = resolveAppAsset(rendererDir, request.url)
    if (!asset.ok) return refusal(asset.status)
    let body: Uint8Array
    try {
      body = await readFile(asset.path)
    } catch {
      return refusal(404)
    }
    return new Response(request.method === 'HEAD' ? null : Buffer.from(body), {
      status: 200,
      headers: { ...COMMON_HEADERS, 'Content-Type': asset.contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY }
    })
  }
}

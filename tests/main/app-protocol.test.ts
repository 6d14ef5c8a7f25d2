// Kept's app:// protocol: the renderer's files with the right types and the CSP header, and
// nothing outside out/renderer, however the path is spelled.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_SCHEME_PRIVILEGES, contentTypeOf, createAppProtocolHandler, resolveAppAsset } from '../../src/main/app-protocol'
import { createPrintPages } from '../../src/main/print-pages'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/content-security-policy'
import { useTempDir } from '../support/temp-dir'

const newTempDir = useTempDir()

function builtApp() {
  const appDir = newTempDir()
  const rendererDir = join(appDir, 'out', 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kept</title>')
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("kept")')
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(rendererDir, 'assets', 'font.woff2'), 'woff2')
  // What must never be served: the preload, the database, anything beside the renderer.
  mkdirSync(join(appDir, 'out', 'preload'), { recursive: true })
  writeFileSync(join(appDir, 'out', 'preload', 'index.cjs'), 'secret preload')
  writeFileSync(join(appDir, 'out', 'secret.html'), 'secret page')
  writeFileSync(join(rendererDir, 'kept.sqlite'), 'SQLite format 3')
  const handler = createAppProtocolHandler({ rendererDir, printPages: createPrintPages() })
  const get = (url: string, method = 'GET') => handler(new Request(url, { method }))
  return { rendererDir, get }
}

describe('the app:// protocol', () => {
  it('is standard and secure, so app://kept is an origin of its own and a secure context', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true })
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP')
  })

  it('serves the renderer\'s files with their content types, the CSP and nosniff', async () => {
    const { get } = builtApp()
    for (const [url, type, body] of [
      ['app://kept/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Kept</title>'],
      ['app://kept/', 'text/html; charset=utf-8', '<!doctype html><title>Kept</title>'],
      ['app://kept/index.html#/session/3', 'text/html; charset=utf-8', '<!doctype html><title>Kept</title>'],
      ['app://kept/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log("kept")'],
      ['app://kept/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://kept/assets/font.woff2', 'font/woff2', 'woff2']
    ] as const) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type'), url).toBe(type)
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toBe(body)
    }
  })

  it('refuses every path that would leave out/renderer, plain or encoded', async () => {
    const { get } = builtApp()
    for (const url of [
      'app://kept/../preload/index.cjs',
      'app://kept/%2e%2e/preload/index.cjs',
      'app://kept/assets/..%2F..%2Fpreload%2Findex.cjs',
      'app://kept/assets%2F..%2F..%2Fsecret.html',
      'app://kept/..%5Csecret.html',
      'app://kept/assets/%2e%2e%5c%2e%2e%5csecret.html',
      'app://kept/index.html%00.js',
      'app://kept/C:%5CWindows%5Cwin.ini',
      'app://kept/%2Fetc%2Fpasswd',
      'app://kept/%E0%A4%A'
    ]) {
      const response = await get(url)
      expect(response.status, url).toBeGreaterThanOrEqual(400)
      expect(await response.text(), url).not.toMatch(/secret/)
    }
  })

  it('serves no other host, no other method, and no file of an unknown kind (a database beside the page)', async () => {
    const { get } = builtApp()
    expect((await get('app://evil/index.html')).status).toBe(404)
    expect((await get('app://kept/kept.sqlite')).status).toBe(404)
    expect((await get('app://kept/missing.js')).status).toBe(404)
    expect((await get('app://kept/index.html', 'POST')).status).toBe(405)
    expect((await get('app://print/not-a-page')).status).toBe(404)
  })

  it('resolves paths inside the folder only', () => {
    const root = '/opt/kept/out/renderer'
    expect(resolveAppAsset(root, 'app://kept/assets/a.js')).toEqual({ ok: true, path: join(root, 'assets', 'a.js'), contentType: 'text/javascript; charset=utf-8' })
    expect(resolveAppAsset(root, 'app://kept/assets%2F..%2F..%2Fpreload%2Findex.js')).toEqual({ ok: false, status: 403 })
    expect(resolveAppAsset(root, 'file:///etc/passwd')).toEqual({ ok: false, status: 404 })
    expect(resolveAppAsset(root, 'not a url')).toEqual({ ok: false, status: 400 })
    expect(contentTypeOf('x.svg')).toBe('image/svg+xml')
    expect(contentTypeOf('x.sqlite')).toBeNull()
  })
})

import { mkdirSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, startBrowserHost, type BrowserHost, type BrowserHostOptions } from '../../src/main/host/browser-host'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/content-security-policy'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
let host: BrowserHost | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

/** A stand-in renderer folder, so these tests do not need a build. */
function fakeRenderer(dir: string): string {
  const renderer = join(dir, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Kept</title>')
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, 'secret.txt'), 'do not serve')
  return renderer
}

async function start(options: Partial<BrowserHostOptions> = {}) {
  const dir = tempDir()
  host = await startBrowserHost({ dbPath: join(dir, 'kept.sqlite'), rendererDir: fakeRenderer(dir), ...options })
  return host
}

/** Opens the printed address as a browser would and returns the cookie the host gave for its key. */
async function keyCookie(h: BrowserHost): Promise<string> {
  const response = await fetch(h.openUrl, { redirect: 'manual' })
  expect(response.status).toBe(303)
  return response.headers.get('set-cookie')!.split(';')[0]!
}

async function callApi(h: BrowserHost, method: string, body: unknown, headers: Record<string, string> = {}) {
  const cookie = await keyCookie(h)
  return fetch(new URL(`api/${method}`, h.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kept': '1', Origin: h.origin, Cookie: cookie, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
}

interface RawResponse {
  status: number
  head: string
}

/** Sends `request` as raw bytes (no client library in the way) and resolves with the status line's code; 0 when the host closed without one. */
function sendRaw(h: BrowserHost, request: Buffer | string, timeoutMs = 5_000): Promise<RawResponse> {
  const { port } = new URL(h.origin)
  return new Promise((resolveResponse, reject) => {
    const socket = connect(Number(port), '127.0.0.1')
    let received = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`No answer within ${timeoutMs} ms to ${JSON.stringify(request.toString().slice(0, 200))}`))
    }, timeoutMs)
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      resolveResponse({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0), head: received.split('\r\n\r\n')[0]! })
    }
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
      if (received.includes('\r\n\r\n')) finish()
    })
    socket.on('close', finish)
    socket.on('error', () => undefined)
    socket.write(request)
  })
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const h = await start()
    expect(new URL(h.url).hostname).toBe('127.0.0.1')
    expect(new URL(h.openUrl).hostname).toBe('127.0.0.1')
    expect(h.origin).toBe(new URL(h.url).origin)
  })

  it('answers the contract with the same validation as IPC', async () => {
    const h = await start()
    const created = await (await callApi(h, 'reps.create', { name: 'Dana' })).json()
    expect(created).toMatchObject({ ok: true, value: { name: 'Dana' } })
    const invalid = await (await callApi(h, 'reps.create', { name: '' })).json()
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input', fieldErrors: { name: 'A name is required.' } } })
    const unknown = await (await callApi(h, 'reps.nuke', {})).json()
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it('refuses calls from another origin or without its header', async () => {
    const h = await start()
    const foreign = await callApi(h, 'reps.create', { name: 'Mallory' }, { Origin: 'http://evil.example' })
    expect(foreign.status).toBe(403)
    const noHeader = await callApi(h, 'reps.create', { name: 'Mallory' }, { 'X-Kept': '' })
    expect(noHeader.status).toBe(403)
    const list = await (await callApi(h, 'reps.list', {})).json()
    expect(list).toEqual({ ok: true, value: [] })
  })

  it('answers malformed JSON with a clear error', async () => {
    const h = await start()
    const response = await callApi(h, 'reps.create', '{"name": ')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON.' } })
  })

  it('serves the renderer with the strict CSP and never files outside it', async () => {
    const h = await start()
    const Cookie = await keyCookie(h)
    const page = await fetch(h.origin, { headers: { Cookie } })
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<title>Kept</title>')
    const asset = await fetch(new URL('assets/app.js', h.origin), { headers: { Cookie } })
    expect(asset.headers.get('content-type')).toContain('javascript')
    const escape = await fetch(new URL('/%2e%2e/secret.txt', h.origin), { headers: { Cookie } })
    expect(await escape.text()).not.toContain('do not serve')
  })

  it('fills an empty database with the demo team when asked', async () => {
    const h = await start({ demo: true })
    const status = await (await callApi(h, 'app.status', {})).json()
    expect(status).toMatchObject({ ok: true, value: { repCount: 6, hasDemoData: true } })
  })

  it('answers an address it cannot read with 400 and keeps serving', async () => {
    const h = await start()
    const Cookie = await keyCookie(h)
    const { host: hostHeader } = new URL(h.origin)
    const get = (path: string) => sendRaw(h, `GET ${path} HTTP/1.1\r\nHost: ${hostHeader}\r\nCookie: ${Cookie}\r\nConnection: close\r\n\r\n`)
    for (const path of ['/%', '/%E0%A4%A', '/api/%zz', '*', 'http://127.0.0.1/']) expect((await get(path)).status, path).toBe(400)
    // A path, however odd, is the page (the app routes by the #fragment).
    expect((await get('//[x')).status).toBe(200)
    expect((await fetch(h.origin, { headers: { Cookie } })).status).toBe(200)
  })

  it('needs the run\'s key: the printed address sets an HttpOnly SameSite=Strict cookie and leads to the clean address', async () => {
    const h = await start()
    expect(new URL(h.openUrl).searchParams.get('key')).toMatch(/^[\w-]{43}$/)
    const first = await fetch(h.openUrl, { redirect: 'manual' })
    expect(first.status).toBe(303)
    expect(first.headers.get('location')).toBe('/')
    const cookie = first.headers.get('set-cookie')!
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Strict/)
    expect(cookie).toContain(new URL(h.openUrl).searchParams.get('key'))

    // Another local process without the key gets neither the page nor the notes.
    const headers = { 'Content-Type': 'application/json', 'X-Kept': '1', Origin: h.origin }
    const noKey = await fetch(new URL('api/reps.list', h.origin), { method: 'POST', headers, body: '{}' })
    expect(noKey.status).toBe(401)
    expect(await noKey.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining('open the address `npm run host` printed') } })
    expect((await fetch(h.origin)).status).toBe(401)
    const guessed = await fetch(new URL('api/reps.list', h.origin), { method: 'POST', headers: { ...headers, Cookie: `${cookie.split('=')[0]}=guess` }, body: '{}' })
    expect(guessed.status).toBe(401)
    const wrongKey = await fetch(`${h.origin}/?key=guess`, { redirect: 'manual' })
    expect(wrongKey.status).toBe(401)
    expect(wrongKey.headers.get('set-cookie')).toBeNull()

    const withKey = await fetch(new URL('api/reps.list', h.origin), { method: 'POST', headers: { ...headers, Cookie: cookie.split(';')[0]! }, body: '{}' })
    expect(await withKey.json()).toEqual({ ok: true, value: [] })
  })

  it('answers only under its own address (DNS rebinding)', async () => {
    const h = await start()
    const Cookie = await keyCookie(h)
    const { port } = new URL(h.origin)
    for (const hostHeader of [`evil.example:${port}`, `localhost.evil.example:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`]) {
      const response = await sendRaw(h, `GET / HTTP/1.1\r\nHost: ${hostHeader}\r\nCookie: ${Cookie}\r\nConnection: close\r\n\r\n`)
      expect(response.status, hostHeader).toBe(421)
    }
    const noHost = await sendRaw(h, `GET / HTTP/1.0\r\nCookie: ${Cookie}\r\n\r\n`)
    expect(noHost.status).toBe(421)
  })

  it('answers an oversized body with 413 without reading it', async () => {
    const h = await start()
    const Cookie = await keyCookie(h)
    const { host: hostHeader } = new URL(h.origin)
    const head = `POST /api/reps.create HTTP/1.1\r\nHost: ${hostHeader}\r\nOrigin: ${h.origin}\r\nX-Kept: 1\r\nContent-Type: application/json\r\nCookie: ${Cookie}\r\nContent-Length: ${61 * 1024 * 1024}\r\n\r\n{"name":"`
    const response = await sendRaw(h, head)
    expect(response.status).toBe(413)
    expect((await callApi(h, 'reps.list', {})).status).toBe(200)
  })

  it('drops a client that sends its headers too slowly, and keeps its time-outs short', async () => {
    expect(HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(10_000)
    expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(60_000)
    const h = await start({ timeouts: { headersMs: 300, requestMs: 600 } })
    const started = Date.now()
    const response = await sendRaw(h, `GET / HTTP/1.1\r\nHost: ${new URL(h.origin).host}\r\n`, 10_000)
    expect(response.status).toBe(408)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('survives thousands of random requests and still answers', async () => {
    const h = await start()
    const Cookie = await keyCookie(h)
    const { host: ownHost } = new URL(h.origin)
    const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/)
    const pathPart = fc.oneof(
      fc.constantFrom('/', '//[x', '/%', '/%%', '/%zz', '/api/', '/api/reps.list', '/api/%', '/api/a/b', '/assets/app.js', '/../../etc/passwd', '/%2e%2e/secret.txt', '/?key=', '/?key=x', '/index.html?x=%'),
      fc.string({ unit: 'binary', maxLength: 40 }).map((text) => `/${encodeURI(text)}`),
      fc.string({ unit: fc.constantFrom('/', '%', '[', ']', '?', '#', '.', 'a', '2', 'e', '@', ':', '\\'), maxLength: 30 }).map((text) => `/${text}`)
    )
    const header = fc.oneof(
      fc.tuple(token, fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 })).map(([name, value]) => `${name}: ${value}`),
      fc.constantFrom(`Cookie: ${Cookie}`, 'Cookie: kept_key_1=x', `Origin: ${h.origin}`, 'Origin: http://evil.example', 'X-Kept: 1', 'Content-Type: application/json', 'Transfer-Encoding: chunked', 'Content-Length: -1', 'Content-Length: abc', 'Expect: 100-continue', 'Host: evil.example')
    )
    const request = fc.record({
      method: fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PATCH'), token),
      path: pathPart,
      ownHostHeader: fc.boolean(),
      headers: fc.array(header, { maxLength: 6 }),
      body: fc.oneof(fc.constant(''), fc.json(), fc.string({ maxLength: 200 }))
    })
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, ownHostHeader, headers, body }) => {
        const lines = [`${method} ${path} HTTP/1.1`, ...(ownHostHeader ? [`Host: ${ownHost}`] : []), ...headers.filter((line) => !/^(content-length|transfer-encoding)/i.test(line) || !body)]
        const bytes = Buffer.from(body, 'utf8')
        if (!lines.some((line) => /^(content-length|transfer-encoding):/i.test(line))) lines.push(`Content-Length: ${bytes.length}`)
        lines.push('Connection: close')
        const response = await sendRaw(h, Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), bytes]))
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        // An answer, never a server error (0 is a connection the host closed: acceptable only for a request it could not parse).
        expect(response.status).toBeLessThan(500)
      }),
      { numRuns: 3_000, interruptAfterTimeLimit: 60_000, seed: Number(process.env.KEPT_FUZZ_SEED ?? Date.now() % 2 ** 31) }
    )
    expect([...statuses.keys()].some((status) => status >= 400 && status < 500)).toBe(true)
    const stillThere = await (await callApi(h, 'reps.list', {})).json()
    expect(stillThere).toMatchObject({ ok: true })
  }, 120_000)
})

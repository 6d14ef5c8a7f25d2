import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../src/main/host/browser-host'
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

async function start(options: { demo?: boolean } = {}) {
  const dir = tempDir()
  host = await startBrowserHost({ dbPath: join(dir, 'kept.sqlite'), rendererDir: fakeRenderer(dir), ...options })
  return host
}

function callApi(h: BrowserHost, method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(new URL(`api/${method}`, h.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kept': '1', Origin: h.url.replace(/\/$/, ''), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const h = await start()
    expect(new URL(h.url).hostname).toBe('127.0.0.1')
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
    const page = await fetch(h.url)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<title>Kept</title>')
    const asset = await fetch(new URL('assets/app.js', h.url))
    expect(asset.headers.get('content-type')).toContain('javascript')
    const escape = await fetch(new URL('/%2e%2e/secret.txt', h.url))
    expect(await escape.text()).not.toContain('do not serve')
  })

  it('fills an empty database with the demo team when asked', async () => {
    const h = await start({ demo: true })
    const status = await (await callApi(h, 'app.status', {})).json()
    expect(status).toMatchObject({ ok: true, value: { repCount: 6, hasDemoData: true } })
  })
})

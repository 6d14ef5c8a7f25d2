import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { API_CHANNEL_PREFIX, API_METHODS } from '../../src/shared/api-methods'
import { readBuildOutput } from '../support/build-output'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on: vi.fn(),
    send: vi.fn()
  }
}))
vi.mock('electron', () => ({ ...electron, default: electron }))

const BUILT_PRELOAD = 'out/preload/index.cjs'

async function exposedAs(expectedName: string): Promise<Record<string, unknown>> {
  await import('../../src/preload/index')
  expect(electron.contextBridge.exposeInMainWorld.mock.calls.map(([name]) => name).sort()).toEqual(['kept', 'keptApp'])
  const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls.find(([name]) => name === expectedName)!
  return api as Record<string, unknown>
}

const exposed = () => exposedAs('kept')

describe('preload', () => {
  it('exposes window.kept with exactly one function per API method', async () => {
    const api = await exposed()
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort())
    for (const method of API_METHODS) expect(typeof api[method]).toBe('function')
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('exposes nothing of Electron: no ipcRenderer, no send/on/invoke, no require', async () => {
    const api = await exposed()
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'once', 'removeListener', 'require', 'process', 'electron']) {
      expect(api).not.toHaveProperty(forbidden)
    }
    for (const value of Object.values(api)) expect(value).not.toBe(electron.ipcRenderer.invoke)
  })

  it('sends each call on its method\'s channel with only the input, and returns the envelope as is', async () => {
    const api = (await exposed()) as Record<string, (input: unknown) => Promise<unknown>>
    for (const method of API_METHODS) {
      electron.ipcRenderer.invoke.mockClear()
      const input = { probe: method }
      await expect(api[method]!(input)).resolves.toEqual({ ok: true, value: { channel: API_CHANNEL_PREFIX + method, input } })
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(API_CHANNEL_PREFIX + method, input)
    }
  })

  it('imports only electron and the dependency-free method list', () => {
    const source = readFileSync('src/preload/index.ts', 'utf8')
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1])
    expect(runtimeImports.sort()).toEqual(['@shared/api-methods', 'electron'])
  })

  it('is built as self-contained CommonJS that requires only electron', () => {
    const built = readBuildOutput(BUILT_PRELOAD)
    expect(built).not.toMatch(/^\s*(import|export)\s/m)
    const required = [...built.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(built).toContain('exposeInMainWorld')
    expect(built).not.toMatch(/zod/)
  })
})

describe('preload lifecycle bridge', () => {
  it('exposes window.keptApp with only savePdf, chooseDatabaseFile and onFlushRequest', async () => {
    const app = await exposedAs('keptApp')
    expect(Object.keys(app).sort()).toEqual(['chooseDatabaseFile', 'onFlushRequest', 'savePdf'])
    expect(Object.isFrozen(app)).toBe(true)
  })

  it('runs the page\'s flush when main asks, then answers with the same request id and whether all is saved', async () => {
    const app = (await exposedAs('keptApp')) as { onFlushRequest(flush: () => Promise<unknown>): void }
    let flushed = false
    app.onFlushRequest(async () => {
      flushed = true
      return { allSaved: true }
    })
    app.onFlushRequest(async () => {
      throw new Error('a second registration is ignored')
    })
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1)
    const [channel, listener] = electron.ipcRenderer.on.mock.calls[0]! as unknown as [string, (event: unknown, id: unknown) => void]
    expect(channel).toBe('kept:flush-request')
    listener({}, 41)
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('kept:flush-done', 41, true))
    expect(flushed).toBe(true)
  })

  it('answers "not saved" when the page\'s flush says so, fails, or answers something else', async () => {
    const { createKeptAppBridge } = await import('../../src/preload/index')
    for (const flush of [async () => ({ allSaved: false }), async () => Promise.reject(new Error('disk full')), async () => undefined, async () => ({ allSaved: 'yes' })]) {
      const on = vi.fn()
      const send = vi.fn()
      createKeptAppBridge(on, send).onFlushRequest(flush as never)
      const [, listener] = on.mock.calls[0]! as [string, (event: unknown, id: unknown) => void]
      listener({}, 7)
      await vi.waitFor(() => expect(send).toHaveBeenCalledWith('kept:flush-done', 7, false))
    }
  })

  it('forwards savePdf with only the HTML and the file name as strings', async () => {
    const app = (await exposedAs('keptApp')) as { savePdf(request: unknown): Promise<unknown> }
    const answer = await app.savePdf({ html: '<p>x</p>', fileName: 'a.pdf', extra: () => 1 })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('kept:save-pdf', { html: '<p>x</p>', fileName: 'a.pdf' })
    expect(answer).toEqual({ ok: true, value: { channel: 'kept:save-pdf', input: { html: '<p>x</p>', fileName: 'a.pdf' } } })
  })

  it('asks main for a data file to open or create, sending only the purpose, and passes back the token and the path', async () => {
    const app = (await exposedAs('keptApp')) as { chooseDatabaseFile(purpose: unknown): Promise<unknown> }
    const token = '0b6a1c2e-1111-4222-8333-944455556666'
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ file: { token, path: '/home/ana/kept.sqlite' } } as never)
    expect(await app.chooseDatabaseFile('open')).toEqual({ token, path: '/home/ana/kept.sqlite' })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('kept:choose-database-file', { purpose: 'open' })
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ file: null } as never)
    expect(await app.chooseDatabaseFile({ purpose: 'rm -rf' })).toBeNull()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('kept:choose-database-file', { purpose: 'open' })
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { API_CHANNEL_PREFIX, API_METHODS } from '../../src/shared/api-methods'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })) }
}))
vi.mock('electron', () => ({ ...electron, default: electron }))

const BUILT_PRELOAD = 'out/preload/index.cjs'

async function exposed(): Promise<Record<string, unknown>> {
  await import('../../src/preload/index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!
  expect(name).toBe('kept')
  return api as Record<string, unknown>
}

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
    expect(runtimeImports.sort()).toEqual(['../shared/api-methods', 'electron'])
  })

  it.skipIf(!existsSync(BUILT_PRELOAD))('is built as self-contained CommonJS that requires only electron', () => {
    const built = readFileSync(BUILT_PRELOAD, 'utf8')
    expect(built).not.toMatch(/^\s*(import|export)\s/m)
    const required = [...built.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(built).toContain('exposeInMainWorld')
    expect(built).not.toMatch(/zod/)
  })
})

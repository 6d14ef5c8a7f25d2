// Electron's security checklist read from the running app: the window's web preferences, what
// the page can reach (no Node, only the `window.kept` bridge), the Content-Security-Policy
// in force, and a network recorder in main (session.webRequest) that is shown to catch a request,
// and then sees none from Kept. Every launch in this suite ends with that same check (close()).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { API_METHODS } from '../../../src/shared/api-methods'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/content-security-policy'
import { useKeptApp } from '../support/kept-app'

describe('the desktop app’s security settings, read from the running app', () => {
  let server: Server | undefined

  // Registered first, so it runs after useKeptApp's hook has closed Kept (after-hooks run in reverse).
  afterEach(async () => {
    await new Promise((resolveClose) => (server ? server.close(resolveClose) : resolveClose(undefined)))
    server = undefined
  })
  const app = useKeptApp()

  it('runs the page sandboxed and isolated, with no Node, and only the window.kept bridge of API methods', async () => {
    const kept = await app.launch()
    const { window, electronApp } = kept
    await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    // getLastWebPreferences is Electron's own (its spec suite reads it) but not in its typings.
    const preferences = await electronApp.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null }
      if (typeof contents.getLastWebPreferences !== 'function') throw new Error('This Electron no longer has webContents.getLastWebPreferences().')
      return JSON.parse(JSON.stringify(contents.getLastWebPreferences() ?? null)) as Record<string, unknown> | null
    })
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(String(preferences?.preload)).toMatch(/[\\/]out[\\/]preload[\\/]index\.cjs$/)

    const reach = await window.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>
      const bridge = scope['kept'] as Record<string, unknown>
      return {
        require: typeof scope['require'],
        process: typeof scope['process'],
        module: typeof scope['module'],
        bridgeMethods: Object.keys(bridge).sort(),
        appBridge: Object.keys(scope['keptApp'] as object).sort()
      }
    })
    expect(reach).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridgeMethods: [...API_METHODS].sort(), appBridge: expect.arrayContaining(['onFlushRequest', 'savePdf']) })
  }, 120_000)

  it('enforces Kept’s Content-Security-Policy: a request to another origin is blocked in the page', async () => {
    const kept = await app.launch()
    const { window } = kept
    await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    const meta = await window.evaluate(() => {
      const document = (globalThis as unknown as { document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null } }).document
      return document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null
    })
    expect(meta).toBe(CONTENT_SECURITY_POLICY)

    const attempt = await window.evaluate(async () => {
      const scope = globalThis as unknown as {
        addEventListener(type: string, listener: (event: { blockedURI: string; violatedDirective: string }) => void): void
        fetch(url: string): Promise<unknown>
      }
      const violations: string[] = []
      scope.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`))
      let fetched = true
      try {
        await scope.fetch('https://example.com/kept-must-not-reach-this')
      } catch {
        fetched = false
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 200))
      return { fetched, violations }
    })
    expect(attempt.fetched).toBe(false)
    expect(attempt.violations.join('\n')).toMatch(/connect-src https:\/\/example\.com/)
  }, 120_000)

  it('records a request made through the app’s session, so "no request left the app" can fail', async () => {
    server = createServer((_request, response) => response.end('ok'))
    await new Promise<void>((resolveListen) => server!.listen(0, '127.0.0.1', resolveListen))
    const probe = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kept-recorder-probe`
    const kept = await app.launch()
    const { window, electronApp } = kept
    await window.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    expect(kept.requests()).toEqual([])
    await electronApp.evaluate(async ({ net }, url) => {
      await (await net.fetch(url)).text()
    }, probe)
    await expect.poll(() => kept.requests()).toEqual([probe])
    // The probe was the test's own; the check in close() is about Kept's.
    await app.close([probe])
  }, 120_000)
})

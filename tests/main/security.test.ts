import { readFileSync } from 'node:fs'
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createAppLocation } from '../../src/main/app-location'
import {
  applyContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  applyPermissionPolicy,
  contentSecurityPolicyOfHtml,
  guardAllWebContents,
  guardWebContents,
  isSafeExternalUrl,
  policyDirectives
} from '../../src/main/security'

const RENDERER_HTML = 'src/renderer/index.html'
const location = createAppLocation({ appPath: '/opt/kept' })

describe('Content-Security-Policy', () => {
  const directives = policyDirectives(CONTENT_SECURITY_POLICY)

  it('allows only Kept\'s own scripts: no unsafe-eval, no unsafe-inline, no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval/)
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
  })

  it('is the same policy as the renderer\'s meta tag', () => {
    const meta = contentSecurityPolicyOfHtml(readFileSync(RENDERER_HTML, 'utf8'))
    expect(meta).toBe(CONTENT_SECURITY_POLICY)
  })

  it('reads the meta tag whatever the attribute order and quotes', () => {
    expect(contentSecurityPolicyOfHtml(`<meta content="default-src 'none'" http-equiv='content-security-policy'>`)).toBe("default-src 'none'")
    expect(contentSecurityPolicyOfHtml('<meta charset="utf-8"><title>x</title>')).toBeNull()
  })

  it('is sent as a header on every response, replacing any other policy', () => {
    const onHeadersReceived = vi.fn()
    applyContentSecurityPolicy({ webRequest: { onHeadersReceived } } as never)
    const listener = onHeadersReceived.mock.calls[0]![0] as (details: unknown, callback: (response: unknown) => void) => void
    const callback = vi.fn()
    listener({ responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })
})

describe('permissions', () => {
  function policy() {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    applyPermissionPolicy(session as never, location.isAppUrl)
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, permission: string, origin: string, details: unknown) => boolean
    const asked = (permission: string, details: { requestingUrl: string; isMainFrame: boolean }) => {
      const callback = vi.fn()
      request({}, permission, callback, details)
      return callback.mock.calls[0]![0] as boolean
    }
    return { asked, check }
  }

  it('denies every permission request and check but the clipboard write', () => {
    const { asked, check } = policy()
    const fromKept = { requestingUrl: 'app://kept/index.html#/session/3', isMainFrame: true }
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'display-capture', 'hid', 'serial', 'usb']) {
      expect(asked(permission, fromKept)).toBe(false)
      expect(check({}, permission, 'app://kept', fromKept)).toBe(false)
    }
  })

  it('lets Kept\'s own page (its main frame) write to the clipboard, and nothing else', () => {
    const { asked, check } = policy()
    expect(asked('clipboard-sanitized-write', { requestingUrl: 'app://kept/index.html', isMainFrame: true })).toBe(true)
    expect(check({}, 'clipboard-sanitized-write', 'app://kept', { requestingUrl: 'app://kept/index.html', isMainFrame: true })).toBe(true)
    expect(asked('clipboard-sanitized-write', { requestingUrl: 'app://kept/index.html', isMainFrame: false })).toBe(false)
    expect(asked('clipboard-sanitized-write', { requestingUrl: 'https://evil.example/', isMainFrame: true })).toBe(false)
    expect(asked('clipboard-sanitized-write', { requestingUrl: 'app://print/abc', isMainFrame: true })).toBe(false)
    expect(asked('clipboard-sanitized-write', { requestingUrl: 'file:///opt/kept/out/renderer/index.html', isMainFrame: true })).toBe(false)
    expect(check({}, 'clipboard-sanitized-write', 'https://evil.example', { requestingUrl: 'https://evil.example/', isMainFrame: true })).toBe(false)
  })
})

function guardedContents() {
  const contents = Object.assign(new EventEmitter(), {
    windowOpenHandler: null as null | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      contents.windowOpenHandler = handler
    }
  })
  const openExternal = vi.fn(async (_url: string) => undefined)
  guardWebContents(contents as never, location, openExternal)
  const navigate = (url: string) => {
    const event = { url, preventDefault: vi.fn() }
    contents.emit('will-navigate', event, url)
    return event.preventDefault.mock.calls.length > 0 ? 'prevented' : 'allowed'
  }
  return { contents, openExternal, navigate }
}

describe('navigation and new windows', () => {
  it('prevents navigation anywhere but Kept\'s own page', () => {
    const { navigate } = guardedContents()
    expect(navigate(location.entryUrl)).toBe('allowed')
    expect(navigate(`${location.entryUrl}#/reps/3`)).toBe('allowed')
    expect(navigate('https://example.com/')).toBe('prevented')
    expect(navigate('http://localhost:5173/')).toBe('prevented')
    expect(navigate('file:///etc/passwd')).toBe('prevented')
    expect(navigate('file:///opt/kept/out/renderer/other.html')).toBe('prevented')
    expect(navigate('javascript:alert(1)')).toBe('prevented')
    expect(navigate('not a url')).toBe('prevented')
  })

  it('allows only the dev server\'s origin when one is used', () => {
    const dev = createAppLocation({ appPath: '/opt/kept', devServerUrl: 'http://localhost:5173' })
    expect(dev.isEntryUrl('http://localhost:5173/')).toBe(true)
    expect(dev.isEntryUrl('http://localhost:5174/')).toBe(false)
    expect(dev.isEntryUrl(createAppLocation({ appPath: '/opt/kept' }).entryUrl)).toBe(false)
  })

  it('denies every window.open, handing only safe links on', () => {
    const { contents, openExternal } = guardedContents()
    const open = (url: string) => contents.windowOpenHandler!({ url })
    expect(open('https://example.com/help')).toEqual({ action: 'deny' })
    expect(open('mailto:rep@example.com')).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(open(location.entryUrl)).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(['https://example.com/help', 'mailto:rep@example.com'])
  })

  it('hands a clicked link (a navigation the guard stops) on instead of dropping it: the email draft reaches the mail program', () => {
    const { openExternal, navigate } = guardedContents()
    expect(navigate('mailto:dana@example.com?subject=1%3A1&body=Notes')).toBe('prevented')
    expect(navigate('https://example.com/deal')).toBe('prevented')
    expect(navigate('javascript:alert(1)')).toBe('prevented')
    expect(navigate('file:///etc/passwd')).toBe('prevented')
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(['mailto:dana@example.com?subject=1%3A1&body=Notes', 'https://example.com/deal'])
  })

  it('refuses to attach a <webview>', () => {
    const { contents } = guardedContents()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('guards every web contents as it is created', () => {
    const app = new EventEmitter()
    guardAllWebContents(app as never, location, vi.fn())
    const { contents } = { contents: Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() }) }
    app.emit('web-contents-created', {}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1)
    expect(contents.listenerCount('will-navigate')).toBe(1)
    expect(contents.listenerCount('will-attach-webview')).toBe(1)
  })
})

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com', 'https://example.com/path?q=1#x', 'http://example.com:8080/', 'mailto:rep@example.com', 'mailto:rep@example.com?subject=1%3A1'])(
    'accepts %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true)
  )

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'kept://open',
    'ms-settings:privacy',
    'smb://server/share',
    'ftp://example.com/file',
    'about:blank',
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'http://:secret@example.com/',
    ' https://example.com',
    'https://exa\nmple.com',
    'example.com',
    '/relative/path',
    '',
    `https://example.com/${'a'.repeat(5000)}`
  ])('rejects %j', (url) => expect(isSafeExternalUrl(url)).toBe(false))
})

// Electron's security checklist for Kept: one Content-Security-Policy (header and meta tag), no
// permissions, no navigation away from Kept's own page, no new windows (safe links open in the
// user's browser instead), no <webview>.
import type { App, Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy'
import type { AppLocation } from './app-location'

export { CONTENT_SECURITY_POLICY }

/** The policy in an HTML page's `<meta http-equiv="Content-Security-Policy">` tag, or null. */
export function contentSecurityPolicyOfHtml(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bhttp-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag)
    if (content) return content[1] ?? content[2] ?? null
  }
  return null
}

/** The directives of a policy, by name (e.g. `script-src` → ["'self'"]). */
export function policyDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), values)
  }
  return directives
}

function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/** Links Kept may hand to the user's browser or mail program: http(s) without credentials, mailto. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 4096 || url !== url.trim() || hasControlCharacters(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
  }
  return false
}

/** Sends the policy as a header with every response (the meta tag covers file:// pages). */
export function applyContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {}
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
    callback({ responseHeaders: headers })
  })
}

/** Kept needs no camera, microphone, location, notifications from the page, or anything else. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/** Locks down one web contents: stays on Kept's page, opens no windows, attaches no webviews. */
export function guardWebContents(contents: GuardedContents, location: Pick<AppLocation, 'isEntryUrl'>, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    const target = (event as { url?: string }).url ?? url
    if (!location.isEntryUrl(target)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      openExternal(url).catch((error: unknown) => console.error('[kept] Could not open the link in the browser:', error))
    }
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Guards every web contents Kept creates, from the first one on. Call before the first window. */
export function guardAllWebContents(app: Pick<App, 'on'>, location: Pick<AppLocation, 'isEntryUrl'>, openExternal: (url: string) => Promise<void>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location, openExternal))
}

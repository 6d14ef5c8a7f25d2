// Electron's security checklist for Kept: one Content-Security-Policy (header and meta tag), no
// permission but writing to the clipboard from Kept's own page, no navigation away from Kept's
// own page, no new windows (links the person clicks go to src/main/external-links.ts, which asks
// before a web page opens in the browser), no <webview>.
import type { App, Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy'
import type { AppLocation } from './app-location'
import { parseExternalLink } from './external-links'

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

/** Links Kept may hand to the user's browser or mail program: http(s) without credentials, a checked mailto. */
export function isSafeExternalUrl(url: string): boolean {
  return parseExternalLink(url) !== null
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

/** The one permission Kept's page needs: writing text to the clipboard ("Copy to clipboard"). */
export const CLIPBOARD_WRITE_PERMISSION = 'clipboard-sanitized-write'

/** Granted only for a clipboard write asked for by the main frame of Kept's own page; everything else is denied. */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined, isMainFrame: boolean | undefined, isAppUrl: (url: string) => boolean): boolean {
  return permission === CLIPBOARD_WRITE_PERMISSION && isMainFrame !== false && typeof requestingUrl === 'string' && isAppUrl(requestingUrl)
}

/** No camera, microphone, location, notifications from the page, or anything else: only clipboard writes from Kept's page. */
export function applyPermissionPolicy(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, isAppUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details?.requestingUrl, details?.isMainFrame, isAppUrl))
  })
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => {
    return isPermissionGranted(permission, details?.requestingUrl ?? requestingOrigin, details?.isMainFrame, isAppUrl)
  })
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/** Hands a clicked link to the system (after the checks and the question in external-links.ts). */
export type OpenLink = (url: string) => Promise<unknown>

/**
 * Locks down one web contents: stays on Kept's page, opens no windows, attaches no webviews. A
 * link the person clicks (a navigation or a new-window request to http(s) or mailto:) goes to
 * `openLink` instead, which asks before a web page opens.
 */
export function guardWebContents(contents: GuardedContents, location: Pick<AppLocation, 'isEntryUrl'>, openLink: OpenLink): void {
  const handOver = (url: string) => {
    if (!parseExternalLink(url)) return
    openLink(url).catch((error: unknown) => console.error('[kept] Could not open the link:', error))
  }
  contents.on('will-navigate', (event, url) => {
    const target = (event as { url?: string }).url ?? url
    if (location.isEntryUrl(target)) return
    event.preventDefault()
    handOver(target)
  })
  contents.setWindowOpenHandler(({ url }) => {
    handOver(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Guards every web contents Kept creates, from the first one on. Call before the first window. */
export function guardAllWebContents(app: Pick<App, 'on'>, location: Pick<AppLocation, 'isEntryUrl'>, openLink: OpenLink): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location, openLink))
}

// Who may use the browser host: the run's key (in the printed address, then in a cookie) and its
// own Host name. Pure functions, so the host, the harness and the bench read addresses one way.
import { randomBytes, timingSafeEqual } from 'node:crypto'

/** The query parameter that carries the run's key in the address `npm run host` prints. */
export const KEY_PARAM = 'key'

/** A new key for one run of the host: 256 random bits, URL-safe. */
export function newRunKey(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * The cookie that holds the key after the first visit. Cookies are not kept apart by port, so the
 * port is in the name: two hosts on one machine do not overwrite each other's cookie.
 */
export function keyCookieName(port: number): string {
  return `kept_key_${port}`
}

/** The address to open: the host's origin with the run's key. */
export function openAddress(origin: string, key: string): string {
  return `${origin}/?${KEY_PARAM}=${encodeURIComponent(key)}`
}

/** The same address without the key (what the page shows after the key became a cookie). */
export function cleanAddress(address: string): string {
  return `${new URL(address).origin}/`
}

/** Whether `given` is the run's key, compared in constant time. */
export function isRunKey(given: string | null | undefined, key: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(key)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The value of cookie `name` in a Cookie header, if any. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const separator = part.indexOf('=')
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim()
  }
  return undefined
}

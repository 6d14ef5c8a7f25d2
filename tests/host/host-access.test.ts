import { describe, expect, it } from 'vitest'
import { cleanAddress, cookieValue, isRunKey, keyCookieName, newRunKey, openAddress } from '../../src/main/host/host-access'

describe('the browser host\'s addresses and key', () => {
  it('prints an address with the key, and the bench and harness get the clean address from it', () => {
    const key = newRunKey()
    const printed = openAddress('http://127.0.0.1:4173', key)
    expect(printed).toBe(`http://127.0.0.1:4173/?key=${key}`)
    expect(cleanAddress(printed)).toBe('http://127.0.0.1:4173/')
    expect(cleanAddress(`${printed}#/rep/3`)).toBe('http://127.0.0.1:4173/')
  })

  it('makes a new 256-bit key each run', () => {
    const keys = new Set(Array.from({ length: 50 }, newRunKey))
    expect(keys.size).toBe(50)
    for (const key of keys) expect(Buffer.from(key, 'base64url')).toHaveLength(32)
  })

  it('accepts only the exact key', () => {
    const key = newRunKey()
    expect(isRunKey(key, key)).toBe(true)
    expect(isRunKey(`${key}x`, key)).toBe(false)
    expect(isRunKey(key.slice(1), key)).toBe(false)
    expect(isRunKey('', key)).toBe(false)
    expect(isRunKey(undefined, key)).toBe(false)
  })

  it('reads its own cookie by the port in its name', () => {
    const header = `${keyCookieName(5000)}=other; ${keyCookieName(4173)}=mine; theme=dark`
    expect(cookieValue(header, keyCookieName(4173))).toBe('mine')
    expect(cookieValue(header, keyCookieName(4174))).toBeUndefined()
    expect(cookieValue(undefined, keyCookieName(4173))).toBeUndefined()
  })
})

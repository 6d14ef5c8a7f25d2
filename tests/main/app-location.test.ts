import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppLocation } from '../../src/main/app-location'

describe('app location', () => {
  const built = createAppLocation({ appPath: '/opt/kept/resources/app.asar' })

  it('points at the CommonJS preload and the built renderer', () => {
    expect(built.preloadPath).toBe(join('/opt/kept/resources/app.asar', 'out', 'preload', 'index.cjs'))
    expect(built.rendererIndexPath).toBe(join('/opt/kept/resources/app.asar', 'out', 'renderer', 'index.html'))
    expect(built.entryUrl).toBe('file:///opt/kept/resources/app.asar/out/renderer/index.html')
    expect(built.devServerUrl).toBeNull()
  })

  it('counts only files under out/renderer as Kept\'s pages', () => {
    expect(built.isAppUrl(built.entryUrl)).toBe(true)
    expect(built.isAppUrl(`${built.entryUrl}#/reps/1`)).toBe(true)
    expect(built.isAppUrl('file:///opt/kept/resources/app.asar/out/renderer/assets/index.js')).toBe(true)
    expect(built.isAppUrl('file:///opt/kept/resources/app.asar/out/renderer/../preload/index.cjs')).toBe(false)
    expect(built.isAppUrl('file:///opt/kept/resources/app.asar/out/renderer%2F..%2F..%2Fsecret.html')).toBe(false)
    expect(built.isAppUrl('file:///opt/kept/resources/app.asar/out/renderer-evil/index.html')).toBe(false)
    expect(built.isAppUrl('file://attacker.example/opt/kept/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(built.isAppUrl('file:///home/me/Downloads/index.html')).toBe(false)
    expect(built.isAppUrl('http://localhost:5173/')).toBe(false)
    expect(built.isAppUrl('not a url')).toBe(false)
  })

  it('uses the dev server only when given one, and then trusts only its origin', () => {
    const dev = createAppLocation({ appPath: '/src/kept', devServerUrl: 'http://localhost:5173' })
    expect(dev.entryUrl).toBe('http://localhost:5173/')
    expect(dev.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false)
    expect(dev.isAppUrl('https://localhost:5173/')).toBe(false)
    expect(dev.isAppUrl('file:///src/kept/out/renderer/index.html')).toBe(false)
  })

  it('ignores a dev server URL that is not http(s)', () => {
    const location = createAppLocation({ appPath: '/src/kept', devServerUrl: 'javascript:alert(1)' })
    expect(location.devServerUrl).toBeNull()
    expect(location.entryUrl.startsWith('file:')).toBe(true)
  })
})

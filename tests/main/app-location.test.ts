import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppLocation } from '../../src/main/app-location'

describe('app location', () => {
  const built = createAppLocation({ appPath: '/opt/kept/resources/app.asar' })

  it('points at the CommonJS preload, and loads the built renderer from app://kept/, not file://', () => {
    expect(built.preloadPath).toBe(join('/opt/kept/resources/app.asar', 'out', 'preload', 'index.cjs'))
    expect(built.rendererDir).toBe(join('/opt/kept/resources/app.asar', 'out', 'renderer'))
    expect(built.entryUrl).toBe('app://kept/index.html')
    expect(built.devServerUrl).toBeNull()
  })

  it('counts only app://kept/ pages as Kept\'s pages: no file:// page, not even its own files', () => {
    expect(built.isAppUrl(built.entryUrl)).toBe(true)
    expect(built.isAppUrl(`${built.entryUrl}#/reps/1`)).toBe(true)
    expect(built.isAppUrl('app://kept/assets/index.js')).toBe(true)
    expect(built.isAppUrl('app://print/0b6a1c2e-1111-4222-8333-944455556666')).toBe(false)
    expect(built.isAppUrl('app://kept.evil/index.html')).toBe(false)
    expect(built.isAppUrl('app://user:pw@kept/index.html')).toBe(false)
    expect(built.isAppUrl('app://kept:8080/index.html')).toBe(false)
    expect(built.isAppUrl('file:///opt/kept/resources/app.asar/out/renderer/index.html')).toBe(false)
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
    expect(dev.isAppUrl('app://kept/index.html')).toBe(false)
  })

  it('ignores a dev server URL that is not http(s)', () => {
    const location = createAppLocation({ appPath: '/src/kept', devServerUrl: 'javascript:alert(1)' })
    expect(location.devServerUrl).toBeNull()
    expect(location.entryUrl).toBe('app://kept/index.html')
  })
})

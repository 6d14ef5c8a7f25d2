import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, installApplicationMenu } from '../../src/main/menu'

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}
const roles = (template: MenuItemConstructorOptions[]) => items(template).map((item) => item.role).filter(Boolean)
const labels = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role)

describe('the application menu', () => {
  const onAbout = vi.fn()

  it('has File, Edit, View, Window and Help, and the app menu on macOS only', () => {
    expect(labels(buildMenuTemplate({ platform: 'linux', isDevelopment: false, onAbout }))).toEqual(['File', 'Edit', 'View', 'Window', 'help'])
    expect(labels(buildMenuTemplate({ platform: 'win32', isDevelopment: false, onAbout }))).toEqual(['File', 'Edit', 'View', 'Window', 'help'])
    expect(labels(buildMenuTemplate({ platform: 'darwin', isDevelopment: false, onAbout }))).toEqual(['Kept', 'File', 'Edit', 'View', 'Window', 'help'])
  })

  it('offers quit, the editing roles, zoom and full screen everywhere', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const present = roles(buildMenuTemplate({ platform, isDevelopment: false, onAbout }))
      for (const role of ['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize']) {
        expect(present, `${platform} lacks ${role}`).toContain(role)
      }
    }
  })

  it('uses CmdOrCtrl accelerators, never a platform-specific modifier', () => {
    const accelerators = items(buildMenuTemplate({ platform: 'linux', isDevelopment: true, onAbout }))
      .map((item) => item.accelerator)
      .filter((accelerator): accelerator is string => typeof accelerator === 'string')
    expect(accelerators.length).toBeGreaterThan(5)
    for (const accelerator of accelerators) expect(accelerator).toMatch(/CmdOrCtrl/)
  })

  it('shows reload and developer tools only in development', () => {
    const production = roles(buildMenuTemplate({ platform: 'linux', isDevelopment: false, onAbout }))
    expect(production).not.toContain('reload')
    expect(production).not.toContain('forceReload')
    expect(production).not.toContain('toggleDevTools')
    const development = roles(buildMenuTemplate({ platform: 'linux', isDevelopment: true, onAbout }))
    expect(development).toContain('reload')
    expect(development).toContain('toggleDevTools')
  })

  it('has "About Kept" in Help, which calls onAbout', () => {
    const help = buildMenuTemplate({ platform: 'linux', isDevelopment: false, onAbout }).at(-1)!
    const about = (help.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'About Kept')!
    expect(about).toBeDefined()
    ;(about.click as () => void)()
    expect(onAbout).toHaveBeenCalledTimes(1)
  })

  it('is installed as the application menu', () => {
    installApplicationMenu({ platform: 'linux', isDevelopment: false, onAbout })
    expect(fake.Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(fake.Menu.buildFromTemplate.mock.results[0]!.value)
  })
})

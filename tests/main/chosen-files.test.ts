// In the desktop app the page opens or creates only a file the person picked in the native
// dialog: it holds a token, main holds the path.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { acceptOnlyChosenFiles, createChosenFiles } from '../../src/main/chosen-files'
import type { ApiHandlers } from '../../src/main/core/api/handlers'
import { dispatch } from '../../src/main/core/api/dispatch'

function recoveryHandlers() {
  const opened: string[] = []
  const handlers = {
    'recovery.openFile': vi.fn(({ path }: { path?: string }) => {
      opened.push(`open ${path}`)
      return { databasePath: path!, keptAside: null }
    }),
    'recovery.createFile': vi.fn(({ path }: { path?: string }) => {
      opened.push(`create ${path}`)
      return { databasePath: path!, keptAside: null }
    }),
    'recovery.restoreFile': vi.fn(({ path }: { path?: string }) => {
      opened.push(`restore ${path}`)
      return { databasePath: '/home/ana/kept.sqlite', keptAside: null }
    })
  } as unknown as ApiHandlers
  return { handlers, opened }
}

describe('files chosen in the native dialog', () => {
  it('hands out a token per chosen path, good once, for its purpose only', () => {
    const chosen = createChosenFiles()
    const token = chosen.remember('/home/ana/kept.sqlite', 'open')
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(chosen.take(token, 'create')).toBeNull()
    expect(chosen.take(token, 'open')).toBe('/home/ana/kept.sqlite')
    expect(chosen.take(token, 'open')).toBeNull()
    expect(chosen.take('/etc/passwd', 'open')).toBeNull()
    expect(chosen.take(42, 'open')).toBeNull()
  })

  it('keeps any purpose a dialog names (a backup file, say)', () => {
    const chosen = createChosenFiles()
    const token = chosen.remember('/home/ana/backups/kept-2026-06-01.sqlite', 'backup')
    expect(chosen.take(token, 'backup')).toBe('/home/ana/backups/kept-2026-06-01.sqlite')
  })

  it('forgets a token after ten minutes', () => {
    let now = 0
    const chosen = createChosenFiles({ now: () => now })
    const token = chosen.remember('/home/ana/kept.sqlite', 'open')
    now = 10 * 60_000
    expect(chosen.take(token, 'open')).toBeNull()
  })

  it('recovery.openFile and createFile in the app take a token, never a path the page names', () => {
    const chosen = createChosenFiles()
    const { handlers, opened } = recoveryHandlers()
    const app = acceptOnlyChosenFiles(handlers, chosen)
    const dir = mkdtempSync(join(tmpdir(), 'kept-chosen-'))
    const victim = join(dir, 'precious.txt')
    writeFileSync(victim, 'do not touch')

    expect(dispatch(app, 'recovery.openFile', { path: victim })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Choose the file again') } })
    expect(dispatch(app, 'recovery.createFile', { path: victim })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(dispatch(app, 'recovery.openFile', { token: '0b6a1c2e-1111-4222-8333-944455556666' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(opened).toEqual([])

    const token = chosen.remember(join(dir, 'team.sqlite'), 'open')
    expect(dispatch(app, 'recovery.openFile', { token })).toEqual({ ok: true, value: { databasePath: join(dir, 'team.sqlite'), keptAside: null } })
    expect(dispatch(app, 'recovery.openFile', { token })).toMatchObject({ ok: false })
    expect(opened).toEqual([`open ${join(dir, 'team.sqlite')}`])
  })

  it('recovery.restoreFile in the app restores only a backup picked in its own dialog', () => {
    const chosen = createChosenFiles()
    const { handlers, opened } = recoveryHandlers()
    const app = acceptOnlyChosenFiles(handlers, chosen)
    expect(dispatch(app, 'recovery.restoreFile', { path: '/home/ana/other-team.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Choose the file again') } })
    // A token from the "open a data file" dialog is not one for a backup.
    const forOpening = chosen.remember('/home/ana/other-team.sqlite', 'open')
    expect(dispatch(app, 'recovery.restoreFile', { token: forOpening })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(opened).toEqual([])
    const token = chosen.remember('/media/usb/kept-2026-06-01.sqlite', 'backup')
    expect(dispatch(app, 'recovery.restoreFile', { token })).toMatchObject({ ok: true })
    expect(opened).toEqual(['restore /media/usb/kept-2026-06-01.sqlite'])
  })

  it('the contract takes a path or a token, exactly one', () => {
    const { handlers } = recoveryHandlers()
    expect(dispatch(handlers, 'recovery.openFile', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', fieldErrors: { path: 'Enter the path of a Kept data file.' } } })
    expect(dispatch(handlers, 'recovery.openFile', { path: '/a.sqlite', token: '0b6a1c2e-1111-4222-8333-944455556666' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(dispatch(handlers, 'recovery.openFile', { token: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(dispatch(handlers, 'recovery.createFile', { path: '' })).toMatchObject({ ok: false, error: { fieldErrors: { path: 'Enter where the new data file should go.' } } })
  })
})

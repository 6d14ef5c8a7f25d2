// A data file that cannot be opened leads to the recovery screen (never a blank app): restore a
// backup or open another file. A full disk mid-session keeps the text on screen and retries.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/core/db/open-database'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi } from './support/page-helpers'

async function lookAt(page: Page, shot: string): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([])
  await screenshot(page, shot)
}

function keptFileWithRep(path: string, name: string): void {
  const kept = openDatabase(path)
  kept.db.prepare("INSERT INTO reps (name, role, email, cadence, created_at, updated_at) VALUES (?, '', '', 'weekly', '2026-01-01', '2026-01-01')").run(name)
  kept.db.pragma('wal_checkpoint(TRUNCATE)')
  kept.close()
}

function damage(path: string): void {
  const pageSize = 4096
  const pages = statSync(path).size / pageSize
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize * Math.floor(pages / 2))
  closeSync(fd)
}

/** A Kept file large enough (400 reps) that damage in its middle misses the pages the first screen reads. */
function damagedFileWithManyReps(dir: string): string {
  const dbPath = join(dir, 'kept.sqlite')
  const seed = openDatabase(dbPath)
  for (let index = 0; index < 400; index++) {
    seed.db.prepare("INSERT INTO reps (name, role, email, cadence, created_at, updated_at) VALUES (?, ?, '', 'weekly', '2026-01-01', '2026-01-01')").run(`Rep ${index}`, 'x'.repeat(300))
  }
  seed.db.pragma('wal_checkpoint(TRUNCATE)')
  seed.close()
  damage(dbPath)
  return dbPath
}

describe('recovery screen', () => {
  let app: E2eApp | undefined
  const dirs: string[] = []
  afterEach(async () => {
    await app?.close()
    app = undefined
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  function newDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'kept-e2e-recovery-'))
    dirs.push(dir)
    return dir
  }

  it('shows what happened and the backups, and restores one while keeping the damaged file', async () => {
    const dir = newDir()
    const dbPath = damagedFileWithManyReps(dir)
    const damagedBytes = readFileSync(dbPath)
    mkdirSync(join(dir, 'backups'))
    keptFileWithRep(join(dir, 'backups', 'kept-v4-before-migration-2026-06-14T08-00-00-000Z.sqlite'), 'Dana From Backup')

    app = await launchApp({ dbPath })
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Your data file is damaged' }).waitFor()
    await page.getByText(/^kept\.sqlite is damaged.*Restore it from a backup\. Nothing was changed\.$/).waitFor()
    const backups = page.getByRole('region', { name: 'Restore a backup' })
    await backups.getByText('kept-v4-before-migration-2026-06-14T08-00-00-000Z.sqlite', { exact: false }).waitFor()
    await expect.poll(() => backups.getByRole('listitem').count()).toBe(1)
    await expect.poll(() => backups.getByRole('listitem').textContent()).toMatch(/KB/)
    await lookAt(page, 'recovery-damaged')

    await backups.getByRole('button', { name: /Restore the backup of/ }).click()
    await backups.getByRole('button', { name: 'Yes, restore it' }).click()
    await page.getByRole('heading', { level: 1, name: 'Your data is open again' }).waitFor()
    const asideName = readdirSync(dir).find((name) => name.startsWith('kept-unopenable-'))
    expect(asideName).toBeDefined()
    expect(readFileSync(join(dir, asideName!)).equals(damagedBytes)).toBe(true)
    await page.getByText(asideName!, { exact: false }).waitFor()
    await lookAt(page, 'recovery-restored')

    await page.getByRole('button', { name: 'Continue to Kept' }).click()
    await page.getByRole('link', { name: /Dana From Backup/ }).first().waitFor()
    expect(app.pageErrors).toEqual([])
  })

  it("offers only this file's backups, and restores a backup file chosen by its path when there is none", async () => {
    const dir = newDir()
    const dbPath = damagedFileWithManyReps(dir)
    const damagedBytes = readFileSync(dbPath)
    mkdirSync(join(dir, 'backups'))
    // Another data file's backup in the shared folder is not this file's.
    keptFileWithRep(join(dir, 'backups', 'kept-work-2026-06-14T08-00-00Z.sqlite'), 'Work Rep')
    mkdirSync(join(dir, 'usb stick'))
    const chosen = join(dir, 'usb stick', 'kept copy.sqlite')
    keptFileWithRep(chosen, 'Dana From The Stick')
    writeFileSync(join(dir, 'usb stick', 'notes.txt'), 'not a database')

    app = await launchApp({ dbPath })
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Your data file is damaged' }).waitFor()
    const backups = page.getByRole('region', { name: 'Restore a backup' })
    await backups.getByText('There are no backups of kept.sqlite in the backups folder beside it.', { exact: false }).waitFor()
    await expect.poll(() => backups.getByRole('listitem').count()).toBe(0)
    await expect.poll(() => page.getByText('kept-work-2026-06-14T08-00-00Z.sqlite', { exact: false }).count()).toBe(0)
    await expect.poll(() => page.getByText('command line', { exact: false }).count()).toBe(0)
    await lookAt(page, 'recovery-no-backups-1280-light')
    await page.setViewportSize({ width: 1024, height: 640 })
    await lookAt(page, 'recovery-no-backups-1024-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await lookAt(page, 'recovery-no-backups-1024-dark')
    await page.setViewportSize({ width: 1280, height: 800 })
    await lookAt(page, 'recovery-no-backups-1280-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    const path = backups.getByLabel('Path of a backup file')
    await path.fill(join(dir, 'usb stick', 'notes.txt'))
    await backups.getByRole('button', { name: 'Restore this backup file' }).click()
    await page.getByRole('alert').filter({ hasText: 'notes.txt cannot be read' }).waitFor()
    expect(readFileSync(dbPath).equals(damagedBytes)).toBe(true)

    await path.fill(chosen)
    await backups.getByRole('button', { name: 'Restore this backup file' }).click()
    await page.getByRole('heading', { level: 1, name: 'Your data is open again' }).waitFor()
    await page.getByText('kept-unopenable-', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Continue to Kept' }).click()
    await page.getByRole('link', { name: /Dana From The Stick/ }).first().waitFor()
    expect(existsSync(chosen)).toBe(true)
    expect(app.pageErrors).toEqual([])
  })

  it('in the desktop app, "Choose a backup file…" restores the file picked in the native dialog', async () => {
    const dir = newDir()
    const dbPath = damagedFileWithManyReps(dir)
    const chosen = join(dir, 'elsewhere', 'kept-2026-06-01.sqlite')
    mkdirSync(join(dir, 'elsewhere'))
    keptFileWithRep(chosen, 'Omar From The Dialog')

    app = await launchApp({ dbPath })
    const { page } = app
    // Stands in for the preload's window.keptApp: its chooseDatabaseFile opens the native dialog,
    // here answered with `chosen` and the token main would give for it (src/main/chosen-files.ts).
    const token = '0b6a1c2e-1111-4222-8333-944455556666'
    await page.addInitScript(({ path, token }: { path: string; token: string }) => {
      const bridge = { chooseDatabaseFile: async (purpose: string) => (purpose === 'backup' ? { token, path } : null), onFlushRequest: () => undefined, savePdf: async () => ({ saved: false, fileName: '' }) }
      Object.defineProperty(globalThis, 'keptApp', { value: bridge })
    }, { path: chosen, token })
    // Main turns the token back into the dialog's path (acceptOnlyChosenFiles); the page never sends a path.
    const sent: unknown[] = []
    await page.route('**/api/recovery.restoreFile', async (route) => {
      sent.push(route.request().postDataJSON())
      await route.continue({ postData: JSON.stringify({ path: chosen }) })
    })
    await page.reload()
    const backups = page.getByRole('region', { name: 'Restore a backup' })
    await backups.getByRole('button', { name: 'Choose a backup file…' }).waitFor()
    await expect.poll(() => backups.getByLabel('Path of a backup file').count()).toBe(0)
    await lookAt(page, 'recovery-choose-backup-desktop')
    await backups.getByRole('button', { name: 'Choose a backup file…' }).click()
    await page.getByRole('heading', { level: 1, name: 'Your data is open again' }).waitFor()
    expect(sent).toEqual([{ token }])
    await page.getByRole('button', { name: 'Continue to Kept' }).click()
    await page.getByRole('link', { name: /Omar From The Dialog/ }).first().waitFor()
  })

  it('names a file that is not a database, and opens another file instead', async () => {
    const dir = newDir()
    const dbPath = join(dir, 'kept.sqlite')
    writeFileSync(dbPath, 'Name,Quota\nDana,120000\n'.repeat(300))
    const other = join(dir, 'elsewhere', 'team.sqlite')
    mkdirSync(join(dir, 'elsewhere'))
    keptFileWithRep(other, 'Omar From Elsewhere')

    app = await launchApp({ dbPath })
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'This is not a Kept data file' }).waitFor()
    await page.getByText('kept.sqlite is not a Kept database (it is not an SQLite file at all). Nothing was changed.').waitFor()
    await page.getByText('There are no backups of kept.sqlite in the backups folder beside it.', { exact: false }).waitFor()
    const path = page.getByLabel('Path of a Kept data file')
    await path.fill(join(dir, 'missing.sqlite'))
    await page.getByRole('button', { name: 'Open this file' }).click()
    await page.getByRole('alert').filter({ hasText: 'missing.sqlite was not found' }).waitFor()
    expect(existsSync(join(dir, 'missing.sqlite'))).toBe(false)
    await lookAt(page, 'recovery-not-a-database')

    await path.fill(other)
    await page.getByRole('button', { name: 'Open this file' }).click()
    await page.getByRole('heading', { level: 1, name: 'Your data is open again' }).waitFor()
    await page.getByRole('button', { name: 'Continue to Kept' }).click()
    await page.getByRole('link', { name: /Omar From Elsewhere/ }).first().waitFor()
    // The file that was not a database is untouched.
    expect(readFileSync(dbPath, 'utf8')).toBe('Name,Quota\nDana,120000\n'.repeat(300))
  })

  it('opens a large file without waiting for the page-by-page check, then shows the recovery screen when the check finds damage', async () => {
    const dir = newDir()
    const dbPath = damagedFileWithManyReps(dir)
    const damagedBytes = readFileSync(dbPath)

    app = await launchApp({ dbPath, deferIntegrityCheck: true })
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Your data file is damaged' }).waitFor({ timeout: 15_000 })
    await page.getByRole('region', { name: 'Restore a backup' }).waitFor()
    expect(readFileSync(dbPath).equals(damagedBytes)).toBe(true)
  })

  it('starts a new, empty data file from the recovery screen, leaving the missing one alone', async () => {
    const dir = newDir()
    const missing = join(dir, 'usb-drive', 'kept.sqlite')
    app = await launchApp({ dbPath: missing, mustExist: true })
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Your data file was not found' }).waitFor()
    const newPath = page.getByLabel('Path for a new data file')
    await newPath.fill(join(dir, 'shopping-list.txt'))
    writeFileSync(join(dir, 'shopping-list.txt'), 'milk\n')
    await page.getByRole('button', { name: 'Create a new data file' }).click()
    await page.getByRole('alert').filter({ hasText: 'shopping-list.txt already exists' }).waitFor()
    expect(readFileSync(join(dir, 'shopping-list.txt'), 'utf8')).toBe('milk\n')
    await lookAt(page, 'recovery-missing')

    const fresh = join(dir, 'kept-new.sqlite')
    await newPath.fill(fresh)
    await page.getByRole('button', { name: 'Create a new data file' }).click()
    await page.getByRole('heading', { level: 1, name: 'Your data is open again' }).waitFor()
    await page.getByText(fresh).waitFor()
    await page.getByRole('button', { name: 'Continue to Kept' }).click()
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    expect(existsSync(fresh)).toBe(true)
    expect(existsSync(missing)).toBe(false)
  })

  it('keeps typed notes on screen when the disk is full, shows why, and saves them once there is room', async () => {
    app = await launchApp()
    const { page } = app
    const rep = await callApi<Rep>(page, 'reps.create', { name: 'Maya Lindqvist', cadence: 'weekly' })
    const session = await callApi<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await page.goto(`${app.host.url}#/session/${session.session.id}?section=8`)
    const notes = page.getByRole('textbox', { name: 'Shared notes' })
    await notes.waitFor()
    await notes.focus()
    await page.keyboard.type('Saved before the disk filled up.')
    await page.locator('[data-save-status="saved"]').waitFor({ timeout: 10_000 })

    // What a full disk looks like to SQLite: the file may not grow by one more page.
    const db = app.host.database.db
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`)
    const longParagraph = ' More words that need new pages.'.repeat(40)
    // Inserting at once is faster than typing a few hundred words and goes through the same autosave.
    await page.keyboard.insertText(longParagraph.repeat(5))
    await page.getByRole('alert').filter({ hasText: 'The disk is full, so Kept could not save.' }).waitFor({ timeout: 15_000 })
    await page.locator('[data-save-status="retrying"]').waitFor()
    await expect.poll(() => notes.textContent()).toContain('More words that need new pages.')
    await lookAt(page, 'recovery-disk-full')

    db.pragma('max_page_count = 1073741823')
    await page.locator('[data-save-status="saved"]').waitFor({ timeout: 30_000 })
    const stored = db.prepare("SELECT plain_text FROM note_bodies JOIN notes ON notes.id = note_bodies.note_id WHERE notes.session_id = ? AND notes.kind = 'shared'").get(session.session.id) as { plain_text: string }
    expect(stored.plain_text).toContain('Saved before the disk filled up.')
    expect(stored.plain_text).toContain('More words that need new pages.')
  }, 120_000)
})

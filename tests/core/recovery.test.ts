// Bad database files, each tried for real: every one gets a clear message, nothing is lost, and a
// damaged file leads to a recovery state that can restore a backup or open another file.
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../src/main/core/api/handlers'
import { dispatch } from '../../src/main/core/api/dispatch'
import { fixedClock } from '../../src/main/core/clock'
import { DatabaseOpenError } from '../../src/main/core/db/errors'
import { openDatabase, type KeptDatabase } from '../../src/main/core/db/open-database'
import { createRecoverableCore, type RecoverableCore } from '../../src/main/core/recovery/recoverable-core'
import { listBackupFiles } from '../../src/main/core/recovery/backup-files'
import { openCore, type CoreFixture } from '../support/core-fixture'
import { damage, damagedKeptFile } from '../support/damaged-file'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const toClose: Array<{ close(): void }> = []
afterEach(() => {
  for (const item of toClose.splice(0)) item.close()
})

function openError(path: string, options: Parameters<typeof openDatabase>[1] = {}): DatabaseOpenError {
  try {
    toClose.push(openDatabase(path, options))
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error
    throw error
  }
  throw new Error(`${path} opened, but it should not have`)
}

/** A Kept database with one rep, closed (WAL checkpointed into the main file). */
function keptFileWithRep(path: string, name: string): void {
  const kept = openDatabase(path)
  kept.db.prepare("INSERT INTO reps (name, role, email, cadence, created_at, updated_at) VALUES (?, '', '', 'weekly', '2026-01-01', '2026-01-01')").run(name)
  kept.db.pragma('wal_checkpoint(TRUNCATE)')
  kept.close()
}

describe('bad database files get a clear message and are left untouched', () => {
  it('a damaged file is caught by the check at open', () => {
    const path = damagedKeptFile(tempDir())
    const before = readFileSync(path)
    const error = openError(path)
    expect(error.kind).toBe('damaged')
    expect(error.message).toBe("kept.sqlite is damaged: SQLite's check of the file found errors. Restore it from a backup. Nothing was changed.")
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('a file that is not SQLite at all', () => {
    const path = join(tempDir(), 'kept.sqlite')
    writeFileSync(path, 'name,role\nDana,AE\n'.repeat(400))
    const error = openError(path)
    expect(error.kind).toBe('not_a_database')
    expect(error.message).toContain('is not a Kept database (it is not an SQLite file at all)')
    expect(readFileSync(path, 'utf8')).toBe('name,role\nDana,AE\n'.repeat(400))
  })

  it('a missing file that the user chose before is not silently replaced by an empty one', () => {
    const path = join(tempDir(), 'usb-stick', 'kept.sqlite')
    const error = openError(path, { fileMustExist: true })
    expect(error.kind).toBe('missing')
    expect(error.message).toBe(`${path} was not found. If it is on a drive or in a folder that is not available, connect it and try again, or open another file.`)
    expect(existsSync(path)).toBe(false)
  })

  it('a read-only file and a read-only folder', () => {
    const dir = tempDir()
    const readOnlyFile = join(dir, 'file', 'kept.sqlite')
    mkdirSync(join(dir, 'file'))
    keptFileWithRep(readOnlyFile, 'Dana')
    chmodSync(readOnlyFile, 0o444)
    const readOnlyFolder = join(dir, 'folder', 'kept.sqlite')
    mkdirSync(join(dir, 'folder'))
    keptFileWithRep(readOnlyFolder, 'Ana')
    // Kept creates files readable by their owner only; the other user below must be able to read this one.
    chmodSync(readOnlyFolder, 0o644)
    chmodSync(join(dir, 'folder'), 0o555)
    chmodSync(dir, 0o755)
    // Root ignores file permissions, so the opening runs as an ordinary user when the tests run as root.
    const script = `
      import { openDatabase } from ${JSON.stringify(join(process.cwd(), 'src/main/core/db/open-database.ts'))}
      for (const path of process.argv.slice(1)) {
        try { openDatabase(path).close(); console.log('opened') } catch (error) { console.log(JSON.stringify({ kind: error.kind, message: error.message })) }
      }`
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, readOnlyFile, readOnlyFolder], {
      encoding: 'utf8',
      env: { ...process.env, TSX_TSCONFIG_PATH: join(process.cwd(), 'tsconfig.node.json'), HOME: '/tmp' },
      ...asUser
    })
    const results = run.stdout.trim().split('\n').filter(Boolean).map((line) => (line === 'opened' ? { kind: 'opened', message: '' } : (JSON.parse(line) as { kind: string; message: string })))
    expect(results, run.stderr).toHaveLength(2)
    for (const [result, path] of [[results[0]!, readOnlyFile], [results[1]!, readOnlyFolder]] as const) {
      expect(result.kind).toBe('read_only')
      expect(result.message).toBe(`Kept cannot write to ${path}: the file or its folder is read-only. Check its permissions, or choose another file.`)
    }
    chmodSync(join(dir, 'folder'), 0o755)
    chmodSync(readOnlyFile, 0o644)
    // Nothing was lost in either file.
    for (const [path, name] of [[readOnlyFile, 'Dana'], [readOnlyFolder, 'Ana']] as const) {
      const kept = openDatabase(path)
      toClose.push(kept)
      expect(kept.db.prepare('SELECT name FROM reps').pluck().all()).toEqual([name])
    }
  }, 90_000)

  it('a full disk answers database_unavailable with a plain message, and the saved text stays', () => {
    const core: CoreFixture = openCore(tempDir())
    toClose.push(core.kept)
    const rep = core.ok('reps.create', { name: 'Dana' })
    const session = core.ok('sessions.start', { repId: rep.id })
    const note = (text: string, baseRevision: number) =>
      core.call('notes.save', { sessionId: session.session.id, kind: 'shared', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, text, baseRevision })
    expect(note('First words', 0).ok).toBe(true)
    // SQLite answers SQLITE_FULL once the file may not grow: what a full disk looks like to Kept.
    const pages = core.kept.db.pragma('page_count', { simple: true }) as number
    core.kept.db.pragma(`max_page_count = ${pages}`)
    const answer = note('First words and a long paragraph. '.repeat(20_000), 1)
    expect(answer).toEqual({
      ok: false,
      error: { code: 'database_unavailable', message: 'The disk is full, so Kept could not save. Free some space; your text stays on screen and Kept will try again.' }
    })
    expect(core.ok('sessions.get', { id: session.session.id }).notes.shared.text).toBe('First words')
    core.kept.db.pragma(`max_page_count = 1073741823`)
    expect(note('First words and more', 1).ok).toBe(true)
  })
})

describe('the recovery state', () => {
  function recoverable(dbPath: string, onOpenedOtherFile?: (path: string) => void): RecoverableCore {
    const core = createRecoverableCore({
      dbPath,
      createHandlers: (database: KeptDatabase) =>
        createApiHandlers({ db: database.db, clock: fixedClock('2026-06-15T09:00:00Z'), databasePath: database.path, schemaVersion: database.schemaVersion, host: 'browser' }),
      now: () => new Date('2026-06-15T09:00:00Z'),
      ...(onOpenedOtherFile ? { onOpenedOtherFile } : {})
    })
    toClose.push(core)
    return core
  }

  function withBackups(dir: string) {
    const path = damagedKeptFile(dir)
    mkdirSync(join(dir, 'backups'))
    const good = join(dir, 'backups', 'kept-2026-06-14T08-00-00Z.sqlite')
    keptFileWithRep(good, 'Restored Rep')
    const alsoDamaged = join(dir, 'backups', 'kept-2026-06-01T08-00-00Z-daily.sqlite')
    keptFileWithRep(alsoDamaged, 'Old')
    damage(alsoDamaged)
    writeFileSync(join(dir, 'backups', 'notes.txt'), 'not a backup')
    return { path, good, alsoDamaged }
  }

  it('lists what happened and the backups with sizes and dates; other methods say the data is unavailable', () => {
    const dir = tempDir()
    const { path, good } = withBackups(dir)
    const core = recoverable(path)
    const status = dispatch(core.handlers, 'recovery.status', {})
    expect(status).toMatchObject({ ok: true, value: { needed: true, problem: 'damaged', databasePath: path, message: expect.stringContaining('is damaged') } })
    const backups = (status as { value: { backups: Array<{ path: string; fileName: string; sizeBytes: number; modifiedAt: string }> } }).value.backups
    expect(backups.map((backup) => backup.fileName)).toEqual(expect.arrayContaining(['kept-2026-06-14T08-00-00Z.sqlite', 'kept-2026-06-01T08-00-00Z-daily.sqlite']))
    expect(backups).toHaveLength(2)
    expect(backups.find((backup) => backup.path === good)).toMatchObject({ sizeBytes: statSync(good).size, modifiedAt: statSync(good).mtime.toISOString() })
    expect(dispatch(core.handlers, 'reps.list', {})).toMatchObject({ ok: false, error: { code: 'database_unavailable', message: expect.stringContaining("Kept's data file could not be opened") } })
  })

  it('restores a backup after moving the damaged file aside, byte for byte, and then works normally', () => {
    const dir = tempDir()
    const { path, good } = withBackups(dir)
    const damagedBytes = readFileSync(path)
    const core = recoverable(path)
    const restored = dispatch(core.handlers, 'recovery.restore', { backupPath: good })
    expect(restored).toEqual({ ok: true, value: { databasePath: path, keptAside: join(dir, 'kept-unopenable-2026-06-15T09-00-00-000Z.sqlite') } })
    expect(readFileSync(join(dir, 'kept-unopenable-2026-06-15T09-00-00-000Z.sqlite')).equals(damagedBytes)).toBe(true)
    expect(dispatch(core.handlers, 'recovery.status', {})).toEqual({ ok: true, value: { needed: false } })
    expect(dispatch(core.handlers, 'reps.list', {})).toMatchObject({ ok: true, value: [{ name: 'Restored Rep' }] })
    expect(dispatch(core.handlers, 'recovery.restore', { backupPath: good })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('refuses a damaged backup and any path it did not offer, changing nothing', () => {
    const dir = tempDir()
    const { path, alsoDamaged } = withBackups(dir)
    const before = readFileSync(path)
    const core = recoverable(path)
    expect(dispatch(core.handlers, 'recovery.restore', { backupPath: alsoDamaged })).toEqual({
      ok: false,
      error: { code: 'database_unavailable', message: 'The backup kept-2026-06-01T08-00-00Z-daily.sqlite is damaged too. Choose another backup.' }
    })
    expect(dispatch(core.handlers, 'recovery.restore', { backupPath: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(listBackupFiles(join(dir, 'backups'), 'kept')).toHaveLength(2)
  })

  it("offers only this file's backups, never another data file's from the shared backups folder", () => {
    const dir = tempDir()
    const { path, good } = withBackups(dir)
    const othersBackup = join(dir, 'backups', 'kept-work-2026-06-14T09-00-00Z.sqlite')
    keptFileWithRep(othersBackup, 'Work Rep')
    keptFileWithRep(join(dir, 'backups', 'team-2026-06-14T09-00-00Z.sqlite'), 'Team Rep')
    const core = recoverable(path)
    const status = dispatch(core.handlers, 'recovery.status', {}) as { value: { backups: Array<{ path: string }> } }
    expect(status.value.backups.map((backup) => backup.path)).toContain(good)
    expect(status.value.backups.map((backup) => backup.path)).not.toContain(othersBackup)
    expect(status.value.backups).toHaveLength(2)
    expect(dispatch(core.handlers, 'recovery.restore', { backupPath: othersBackup })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('restores the content of a backup\'s -wal too, never the bare file without it', () => {
    const dir = tempDir()
    const path = damagedKeptFile(dir)
    mkdirSync(join(dir, 'backups'))
    // A copy taken from a running Kept: the latest rep is only in the write-ahead log beside it.
    const live = openDatabase(join(dir, 'live.sqlite'))
    live.db.pragma('wal_autocheckpoint = 0')
    live.db.prepare("INSERT INTO reps (name, role, email, cadence, created_at, updated_at) VALUES ('Only In The Log', '', '', 'weekly', '2026-01-01', '2026-01-01')").run()
    const backup = join(dir, 'backups', 'kept-2026-06-14T08-00-00Z.sqlite')
    copyFileSync(live.path, backup)
    copyFileSync(`${live.path}-wal`, `${backup}-wal`)
    live.close()

    const core = recoverable(path)
    expect(dispatch(core.handlers, 'recovery.restore', { backupPath: backup })).toMatchObject({ ok: true })
    expect(dispatch(core.handlers, 'reps.list', {})).toMatchObject({ ok: true, value: [{ name: 'Only In The Log' }] })
  })

  it('restores a backup file the user chose from anywhere, checked first, the damaged file kept aside', () => {
    const dir = tempDir()
    const path = damagedKeptFile(dir)
    const chosen = join(dir, 'usb stick', 'copied by hand.sqlite')
    mkdirSync(join(dir, 'usb stick'))
    keptFileWithRep(chosen, 'Chosen Rep')
    const notKept = join(dir, 'notes.sqlite')
    writeFileSync(notKept, 'plain text')
    const core = recoverable(path)
    expect(dispatch(core.handlers, 'recovery.restoreFile', { path: notKept })).toMatchObject({ ok: false, error: { code: 'database_unavailable', message: expect.stringContaining('cannot be read') } })
    expect(dispatch(core.handlers, 'recovery.restoreFile', { path: join(dir, 'absent.sqlite') })).toMatchObject({ ok: false, error: { code: 'database_unavailable' } })
    expect(dispatch(core.handlers, 'recovery.restoreFile', { path: chosen })).toEqual({ ok: true, value: { databasePath: path, keptAside: join(dir, 'kept-unopenable-2026-06-15T09-00-00-000Z.sqlite') } })
    expect(dispatch(core.handlers, 'reps.list', {})).toMatchObject({ ok: true, value: [{ name: 'Chosen Rep' }] })
    // The chosen file itself is left as it was.
    expect(existsSync(chosen)).toBe(true)
  })

  it('opens another file, remembering it, or says why that one cannot be opened either', () => {
    const dir = tempDir()
    const { path } = withBackups(dir)
    const other = join(dir, 'other.sqlite')
    keptFileWithRep(other, 'Other Rep')
    const remembered: string[] = []
    const core = recoverable(path, (chosen) => remembered.push(chosen))
    expect(dispatch(core.handlers, 'recovery.openFile', { path: join(dir, 'nope.sqlite') })).toMatchObject({ ok: false, error: { code: 'database_unavailable', message: expect.stringContaining('was not found') } })
    expect(existsSync(join(dir, 'nope.sqlite'))).toBe(false)
    // A desktop token means nothing here (the browser host): the path is typed.
    expect(dispatch(core.handlers, 'recovery.openFile', { token: '0b6a1c2e-1111-4222-8333-944455556666' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(dispatch(core.handlers, 'recovery.openFile', { path: other })).toEqual({ ok: true, value: { databasePath: other, keptAside: null } })
    expect(remembered).toEqual([other])
    expect(dispatch(core.handlers, 'reps.list', {})).toMatchObject({ ok: true, value: [{ name: 'Other Rep' }] })
  })
})

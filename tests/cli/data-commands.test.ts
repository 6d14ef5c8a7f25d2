import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/main/cli/cli-command'
import { runCli } from '../../src/main/cli/kept-cli'
import { openDatabase } from '../../src/main/core/db/open-database'
import { allRows } from '../support/table-rows'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

function capture(cwd = process.cwd()): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) }
  return io
}

async function kept(args: string[], cwd?: string) {
  const io = capture(cwd)
  const code = await runCli(args, io)
  return { code, out: io.out, err: io.err }
}

function rowsOf(path: string) {
  const db = new Database(path, { readonly: true })
  try {
    return allRows(db)
  } finally {
    db.close()
  }
}

async function demoFile(dir: string, name = 'kept.sqlite'): Promise<string> {
  const path = join(dir, name)
  const result = await kept(['demo', '--db', path])
  expect(result.code, result.err).toBe(0)
  return path
}

/** Zeroes 200 bytes in the middle of a leaf page of the sessions table. */
function damage(path: string): void {
  const db = new Database(path, { readonly: true })
  const { pageno } = db.prepare("SELECT pageno FROM dbstat WHERE name = 'sessions' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1").get() as { pageno: number }
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  const bytes = readFileSync(path)
  bytes.fill(0, (pageno - 1) * pageSize + pageSize / 2 - 100, (pageno - 1) * pageSize + pageSize / 2 + 100)
  writeFileSync(path, bytes)
}

describe('kept check', () => {
  it('says ok for a sound file and exits 0, without changing it', async () => {
    const path = await demoFile(tempDir())
    const before = readFileSync(path)
    expect(await kept(['check', '--db', path])).toEqual({ code: 0, out: 'ok\n', err: '' })
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('fails with the finding on a file damaged in the middle of a page', async () => {
    const path = await demoFile(tempDir())
    damage(path)
    const result = await kept(['check', '--db', path])
    expect(result.code).toBe(1)
    expect(result.out).toBe('')
    expect(result.err).toMatch(/kept\.sqlite is damaged/)
    expect(result.err).toMatch(/sessions|malformed/)

    for (const command of ['list-sessions', 'export-json']) {
      const reading = await kept([command, '--db', path])
      expect(reading.code).toBe(1)
      expect(reading.err).toMatch(/kept\.sqlite is damaged \(.*\)\. Run `kept check --db .*` for details, and restore it from a backup\./)
    }
  })

  it('fails on broken references, a foreign or missing file, and a file from a newer Kept, without migrating an old one', async () => {
    const dir = tempDir()
    const orphans = await demoFile(dir, 'orphans.sqlite')
    const db = new Database(orphans)
    db.pragma('foreign_keys = OFF')
    db.prepare('DELETE FROM reps WHERE id = (SELECT min(id) FROM reps)').run()
    db.close()
    const broken = await kept(['check', '--db', orphans])
    expect(broken.code).toBe(1)
    expect(broken.err).toMatch(/broken reference/)

    const foreign = join(dir, 'foreign.sqlite')
    new Database(foreign).exec('CREATE TABLE x (y)')
    expect((await kept(['check', '--db', foreign])).err).toMatch(/not one of Kept's/)
    expect((await kept(['check', '--db', join(dir, 'nope.sqlite')])).err).toMatch(/There is no file at/)

    const newer = await demoFile(dir, 'newer.sqlite')
    const bump = new Database(newer)
    bump.pragma('user_version = 999')
    bump.close()
    expect((await kept(['check', '--db', newer])).err).toMatch(/newer version of Kept/)

    const old = join(dir, 'old.sqlite')
    const { MIGRATIONS } = await import('../../src/main/core/db/migrations')
    openDatabase(old, { migrations: MIGRATIONS.slice(0, 1) }).close()
    expect((await kept(['check', '--db', old])).code).toBe(0)
    const reread = new Database(old, { readonly: true })
    expect(reread.pragma('user_version', { simple: true })).toBe(1)
    reread.close()
  })
})

describe('kept backup and restore', () => {
  it('backs up to a file, restores it after changes, and keeps the changed file as a safety copy', async () => {
    const dir = tempDir()
    const path = await demoFile(dir)
    const original = rowsOf(path)
    const backup = await kept(['backup', '--db', 'kept.sqlite', '--to', 'copy.sqlite'], dir)
    expect(backup.code, backup.err).toBe(0)
    expect(backup.out).toMatch(/Backed up .*kept\.sqlite to .*copy\.sqlite \(\d+ bytes\)/)
    expect(rowsOf(join(dir, 'copy.sqlite'))).toEqual(original)

    const db = new Database(path)
    db.prepare("UPDATE reps SET name = 'Changed' WHERE id = 1").run()
    db.close()
    const changed = rowsOf(path)

    const restore = await kept(['restore', '--db', path, '--from', join(dir, 'copy.sqlite')])
    expect(restore.code, restore.err).toBe(0)
    expect(rowsOf(path)).toEqual(original)
    const safety = /kept at (.+\.sqlite)\./.exec(restore.out)?.[1]
    expect(safety && rowsOf(safety)).toEqual(changed)
  })

  it('refuses to overwrite with a backup, to back up a missing file, and to restore an unusable backup', async () => {
    const dir = tempDir()
    const path = await demoFile(dir)
    writeFileSync(join(dir, 'taken.sqlite'), 'mine')
    const overwrite = await kept(['backup', '--db', path, '--to', join(dir, 'taken.sqlite')])
    expect(overwrite.code).toBe(1)
    expect(overwrite.err).toMatch(/already exists/)
    expect(readFileSync(join(dir, 'taken.sqlite'), 'utf8')).toBe('mine')

    const missing = await kept(['backup', '--db', join(dir, 'missing.sqlite'), '--to', join(dir, 'b.sqlite')])
    expect(missing.err).toMatch(/There is no file at .*missing\.sqlite/)
    expect(existsSync(join(dir, 'missing.sqlite'))).toBe(false)

    const noTo = await kept(['backup', '--db', path])
    expect(noTo.code).toBe(1)
    expect(noTo.err).toMatch(/--to FILE is required/)

    const before = rowsOf(path)
    const bad = await kept(['restore', '--db', path, '--from', join(dir, 'taken.sqlite')])
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/cannot be restored: .*not an SQLite database file.*Nothing was changed\./)
    expect(rowsOf(path)).toEqual(before)
  })

  it('restores over a damaged file, keeping its bytes as a safety copy', async () => {
    const dir = tempDir()
    const path = await demoFile(dir)
    await kept(['backup', '--db', path, '--to', join(dir, 'good.sqlite')])
    damage(path)
    const restore = await kept(['restore', '--db', path, '--from', join(dir, 'good.sqlite')])
    expect(restore.code, restore.err).toBe(0)
    expect((await kept(['check', '--db', path])).out).toBe('ok\n')
    expect(readdirSync(join(dir, 'backups')).some((name) => name.endsWith('-before-restore.sqlite'))).toBe(true)
  })
})

describe('kept export-json and import-json', () => {
  it('exports to stdout or a file and imports into a new file with identical rows', async () => {
    const dir = tempDir()
    const path = await demoFile(dir)
    const stdout = await kept(['export-json', '--db', path])
    expect(stdout.code).toBe(0)
    expect(JSON.parse(stdout.out)).toMatchObject({ app: 'Kept', format: 'kept-json-export' })

    const toFile = await kept(['export-json', '--db', path, '--to', join(dir, 'export.json')])
    expect(toFile.code).toBe(0)
    expect(toFile.out).toBe('')
    const imported = await kept(['import-json', '--db', join(dir, 'new.sqlite'), '--from', join(dir, 'export.json')])
    expect(imported.code, imported.err).toBe(0)
    expect(imported.out).toMatch(/Imported \d+ rows from \d+ tables/)
    expect(rowsOf(join(dir, 'new.sqlite'))).toEqual(rowsOf(path))
  })

  it('refuses to import into a database with data, or a file that is not an export', async () => {
    const dir = tempDir()
    const path = await demoFile(dir)
    await kept(['export-json', '--db', path, '--to', join(dir, 'export.json')])
    const intoFull = await kept(['import-json', '--db', path, '--from', join(dir, 'export.json')])
    expect(intoFull.code).toBe(1)
    expect(intoFull.err).toMatch(/already holds data of its own/)
    const replaced = await kept(['import-json', '--db', path, '--from', join(dir, 'export.json'), '--replace'])
    expect(replaced.code, replaced.err).toBe(0)
    expect(replaced.out).toMatch(/Its data as it was is kept in .*backups\/kept-.*-before-import\.sqlite\./)

    writeFileSync(join(dir, 'other.json'), '{"some": "thing"}')
    const notExport = await kept(['import-json', '--db', join(dir, 'x.sqlite'), '--from', join(dir, 'other.json')])
    expect(notExport.err).toMatch(/not a Kept export/)
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false)
    expect((await kept(['import-json', '--db', join(dir, 'y.sqlite'), '--from', join(dir, 'absent.json')])).err).toMatch(/Could not read/)
    expect((await kept(['export-json', '--db', join(dir, 'absent.sqlite')])).err).toMatch(/There is no file at/)
  })
})

describe('kept demo and list-sessions', () => {
  it('creates the demo team once, and refuses a file that already has reps', async () => {
    const dir = tempDir()
    const path = await demoFile(dir)
    const again = await kept(['demo', '--db', path])
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/already holds reps/)
    const foreign = join(dir, 'foreign.sqlite')
    new Database(foreign).exec('CREATE TABLE x (y)')
    expect((await kept(['demo', '--db', foreign])).err).toMatch(/not one of Kept's/)
  })

  it('lists sessions as JSON or a table, for everyone or one rep by name or id', async () => {
    const dir = tempDir()
    const path = await demoFile(dir)
    const all = JSON.parse((await kept(['list-sessions', '--db', path, '--json'])).out) as Array<{ id: number; repId: number; repName: string; scheduledAt: string }>
    expect(all.length).toBeGreaterThan(20)
    expect([...all].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))).toEqual(all)

    const someone = all[0]!
    const byName = JSON.parse((await kept(['list-sessions', '--db', path, '--rep', someone.repName.toUpperCase(), '--json'])).out) as typeof all
    expect(byName.length).toBeGreaterThan(0)
    expect(byName.every((session) => session.repId === someone.repId)).toBe(true)
    const byId = JSON.parse((await kept(['list-sessions', '--db', path, '--rep', String(someone.repId), '--json'])).out) as typeof all
    expect(byId).toEqual(byName)

    const table = await kept(['list-sessions', '--db', path, '--rep', someone.repName])
    expect(table.out.split('\n')[0]).toMatch(/^ID\s+Date\s+Rep\s+Status\s+Pulse\s+Template$/)
    expect(table.out).toContain(someone.repName)

    const ambiguous = await kept(['list-sessions', '--db', path, '--rep', 'a'])
    expect(ambiguous.code).toBe(1)
    expect(ambiguous.err).toMatch(/matches \d+ reps/)
    expect((await kept(['list-sessions', '--db', path, '--rep', 'Nobody at all'])).err).toMatch(/No rep is called "Nobody at all"/)
  })
})

describe('kept restore and import-json while Kept has the file open', () => {
  /** A real second process running Kept's data core on `path` (as the app and the browser host do), until killed. */
  async function keptRunningOn(path: string): Promise<ChildProcess> {
    const script = `
      import { createAppCore } from ${JSON.stringify(join(process.cwd(), 'src/main/core/app-core.ts'))}
      import { systemClock } from ${JSON.stringify(join(process.cwd(), 'src/main/core/clock.ts'))}
      import { createMemoryPreferencesStore } from ${JSON.stringify(join(process.cwd(), 'src/main/core/preferences/preferences-store.ts'))}
      const core = createAppCore({ dbPath: process.argv[1], clock: systemClock, host: 'browser', preferences: createMemoryPreferencesStore() })
      process.on('SIGTERM', () => { core.close(); process.exit(0) })
      console.log('ready')
      setInterval(() => {}, 1000)`
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], {
      env: { ...process.env, TSX_TSCONFIG_PATH: join(process.cwd(), 'tsconfig.node.json') },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve())
      child.on('exit', (code) => reject(new Error(`Kept's core exited early (${code})`)))
    })
    return child
  }

  function exited(child: ChildProcess): Promise<void> {
    return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()))
  }

  it('refuses with a clear message while another process runs Kept on it, and works once that Kept quits or is gone', async () => {
    const dir = tempDir()
    const path = await demoFile(dir)
    const backup = join(dir, 'copy.sqlite')
    expect((await kept(['backup', '--db', path, '--to', backup])).code).toBe(0)
    const exported = join(dir, 'kept.json')
    expect((await kept(['export-json', '--db', path, '--to', exported])).code).toBe(0)
    const empty = join(dir, 'empty.sqlite')
    openDatabase(empty).close()

    const running = await keptRunningOn(path)
    const runningOnEmpty = await keptRunningOn(empty)
    try {
      const before = readFileSync(path)
      const restore = await kept(['restore', '--db', path, '--from', backup])
      expect(restore.code).toBe(1)
      expect(restore.err).toContain(`Kept (the browser host, process ${running.pid}) has ${path} open. Quit Kept, then run this again; nothing was changed.`)
      expect(readFileSync(path).equals(before)).toBe(true)
      const imported = await kept(['import-json', '--db', empty, '--from', exported])
      expect(imported.code).toBe(1)
      expect(imported.err).toContain(`has ${empty} open`)
    } finally {
      running.kill('SIGTERM')
      // Killed without a chance to clean up, as in a crash: its mark is left behind but the process is gone.
      runningOnEmpty.kill('SIGKILL')
      await Promise.all([exited(running), exited(runningOnEmpty)])
    }
    expect(existsSync(`${path}.in-use`)).toBe(false)
    expect(existsSync(`${empty}.in-use`)).toBe(true)
    expect((await kept(['restore', '--db', path, '--from', backup])).code).toBe(0)
    const imported = await kept(['import-json', '--db', empty, '--from', exported])
    expect(imported.code, imported.err).toBe(0)
  }, 60_000)
})

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Parser } from 'commonmark'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/main/cli/cli-command'
import { runCli } from '../../src/main/cli/kept-cli'
import { playExportScenario, PRIVATE_CANARY } from '../support/export-fixture'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from '../core/session-helpers'

const tempDir = useTempDir()
const openSessionCore = useSessionCore(tempDir)

function capture(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) }
  return io
}

/** A database file with the export scenario, closed so the command line opens it alone. */
function databaseWithScenario() {
  const core = openSessionCore()
  const scenario = playExportScenario(core)
  const path = core.kept.path
  core.kept.close()
  return { ...scenario, path, dir: join(path, '..') }
}

describe('kept export-session', () => {
  it('prints a 1:1 as Markdown on stdout, private notes only with --include-private', async () => {
    const { path, sessionId, dir } = databaseWithScenario()
    const io = capture(dir)
    expect(await runCli(['export-session', String(sessionId), '--db', path, '--format', 'md'], io)).toBe(0)
    expect(io.err).toBe('')
    expect(io.out).toMatch(/^# 1:1 with Dana Whitfield — 15 Jun 2026\n/)
    expect(io.out).not.toContain(PRIVATE_CANARY)
    const headings: string[] = []
    const walker = new Parser().parse(io.out).walker()
    let event
    while ((event = walker.next())) if (event.entering && event.node.type === 'heading' && event.node.level === 2) headings.push(event.node.firstChild?.literal ?? '')
    expect(headings).toContain('What we agreed — who, by when')

    const withPrivate = capture(dir)
    expect(await runCli(['export-session', String(sessionId), '--db', path, '--format', 'txt', '--include-private'], withPrivate)).toBe(0)
    expect(withPrivate.out).toContain(PRIVATE_CANARY)
  })

  it('writes to --to FILE, relative to the working directory', async () => {
    const { path, sessionId, dir } = databaseWithScenario()
    const io = capture(dir)
    expect(await runCli(['export-session', String(sessionId), '--db', path, '--format', 'ics', '--to', 'next.ics'], io)).toBe(0)
    expect(io.out).toBe('')
    expect(readFileSync(join(dir, 'next.ics'), 'utf8')).toContain('SUMMARY:1:1 with Dana Whitfield\r\n')
    expect(io.err).toContain('next.ics')
  })

  it('fails with a clear message on stderr for a wrong id, format or database', async () => {
    const { path, dir } = databaseWithScenario()
    const missing = capture(dir)
    expect(await runCli(['export-session', '999', '--db', path, '--format', 'md'], missing)).toBe(1)
    expect(missing.err).toBe('kept export-session: This 1:1 was not found. It may have been deleted.\n')
    expect(missing.out).toBe('')

    const badFormat = capture(dir)
    expect(await runCli(['export-session', '1', '--db', path, '--format', 'pdf'], badFormat)).toBe(1)
    expect(badFormat.err).toContain('--format must be one of md, html, txt, ics.')

    const noDb = capture(dir)
    expect(await runCli(['export-session', '1', '--db', join(dir, 'nope.sqlite'), '--format', 'md'], noDb)).toBe(1)
    expect(noDb.err).toContain('There is no database at')
    expect(existsSync(join(dir, 'nope.sqlite'))).toBe(false)

    const noId = capture(dir)
    expect(await runCli(['export-session', '--db', path, '--format', 'md'], noId)).toBe(1)
    expect(noId.err).toContain('give the id of one 1:1')
  })
})

describe('kept export-history', () => {
  it('prints a rep’s 1:1s in a date range, found by name or id', async () => {
    const { path, repId, dir } = databaseWithScenario()
    const byName = capture(dir)
    expect(await runCli(['export-history', '--db', path, '--rep', 'dana whitfield', '--format', 'md'], byName)).toBe(0)
    expect(byName.out).toContain('## 8 Jun 2026 — Accountability 1:1')
    expect(byName.out).toContain('## 15 Jun 2026 — Accountability 1:1')
    expect(byName.out).not.toContain(PRIVATE_CANARY)

    const ranged = capture(dir)
    expect(await runCli(['export-history', '--db', path, '--rep', String(repId), '--from', '2026-06-10', '--to', '2026-06-30', '--format', 'html'], ranged)).toBe(0)
    expect(ranged.out).toMatch(/^<!DOCTYPE html>/)
    expect(ranged.out).toContain('15 Jun 2026 — Accountability 1:1')
    expect(ranged.out).not.toContain('8 Jun 2026 — Accountability 1:1')
  })

  it('refuses an unknown rep, a bad date and a reversed period', async () => {
    const { path, dir } = databaseWithScenario()
    const unknown = capture(dir)
    expect(await runCli(['export-history', '--db', path, '--rep', 'Nobody', '--format', 'md'], unknown)).toBe(1)
    expect(unknown.err).toBe('kept export-history: No rep is named "Nobody" or has that id.\n')
    const badDate = capture(dir)
    expect(await runCli(['export-history', '--db', path, '--rep', '1', '--from', '2026-02-30', '--format', 'md'], badDate)).toBe(1)
    expect(badDate.err).toContain('--from must be a date like 2026-03-14')
    const reversed = capture(dir)
    expect(await runCli(['export-history', '--db', path, '--rep', '1', '--from', '2026-07-01', '--to', '2026-06-01', '--format', 'md'], reversed)).toBe(1)
    expect(reversed.err).toContain('is after --to')
  })
})

describe('--to never overwrites', () => {
  it('refuses the database itself, even with --force, and leaves it a working database', async () => {
    const { path, sessionId, dir } = databaseWithScenario()
    const before = readFileSync(path)
    for (const extra of [[], ['--force']]) {
      const io = capture(dir)
      expect(await runCli(['export-session', String(sessionId), '--db', path, '--format', 'md', '--to', path, ...extra], io)).toBe(1)
      expect(io.err).toContain('is the data file itself')
    }
    const json = capture(dir)
    expect(await runCli(['export-json', '--db', path, '--to', `${path}-wal`, '--force'], json)).toBe(1)
    expect(json.err).toContain('is the data file itself')
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3')
  })

  it('refuses its backups always, and another SQLite database even with --force', async () => {
    const { path, sessionId, dir } = databaseWithScenario()
    const backup = join(dir, 'backups', 'kept-2026-06-14T08-00-00Z.sqlite')
    mkdirSync(join(dir, 'backups'), { recursive: true })
    copyFileSync(path, backup)
    const elsewhere = join(dir, 'kept-2026-06-14T09-00-00Z-daily.sqlite')
    writeFileSync(elsewhere, 'a backup kept by hand')
    const other = join(dir, 'other.sqlite')
    copyFileSync(path, other)
    for (const target of [backup, join(dir, 'backups', 'new.md'), elsewhere]) {
      const io = capture(dir)
      expect(await runCli(['export-session', String(sessionId), '--db', path, '--format', 'md', '--to', target, '--force'], io)).toBe(1)
      expect(io.err).toContain('backups of kept.sqlite')
    }
    const io = capture(dir)
    expect(await runCli(['export-session', String(sessionId), '--db', path, '--format', 'md', '--to', other, '--force'], io)).toBe(1)
    expect(io.err).toContain('is an SQLite database')
    expect(readFileSync(elsewhere, 'utf8')).toBe('a backup kept by hand')
    expect(readFileSync(other).equals(readFileSync(path))).toBe(true)
    expect(existsSync(join(dir, 'backups', 'new.md'))).toBe(false)
  })

  it('refuses an existing file unless --force, and writes a private file leaving no temporary file behind', async () => {
    const { path, sessionId, dir } = databaseWithScenario()
    const target = join(dir, 'summary.md')
    writeFileSync(target, 'my own notes')
    const refused = capture(dir)
    expect(await runCli(['export-session', String(sessionId), '--db', path, '--format', 'md', '--to', 'summary.md'], refused)).toBe(1)
    expect(refused.err).toContain('already exists and was left untouched')
    expect(readFileSync(target, 'utf8')).toBe('my own notes')
    const json = capture(dir)
    expect(await runCli(['export-json', '--db', path, '--to', 'summary.md'], json)).toBe(1)
    expect(readFileSync(target, 'utf8')).toBe('my own notes')

    expect(await runCli(['export-session', String(sessionId), '--db', path, '--format', 'md', '--to', 'summary.md', '--force'], capture(dir))).toBe(0)
    expect(readFileSync(target, 'utf8')).toContain('Dana Whitfield')
    expect(await runCli(['export-json', '--db', path, '--to', 'all.json'], capture(dir))).toBe(0)
    expect([statSync(target).mode & 0o777, statSync(join(dir, 'all.json')).mode & 0o777]).toEqual([0o600, 0o600])
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

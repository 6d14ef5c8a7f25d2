// `kept generate` writes a real, openable Kept database full of realistic history, the same for
// the same seed, and never replaces an existing file unless asked.
import { existsSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/main/cli/cli-command'
import { runCli } from '../../src/main/cli/kept-cli'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

function capture(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) }
  return io
}

describe('kept generate', () => {
  it('writes reps with a year of weekly 1:1s, rich notes, goals, check-ins, agreements, challenges and recognition', async () => {
    const dir = tempDir()
    const io = capture(dir)
    expect(await runCli(['generate', '--db', 'kept.sqlite', '--reps', '2', '--years', '1', '--seed', 'cli'], io)).toBe(0)
    expect(io.err).toBe('')
    expect(io.out).toContain(`Wrote ${join(dir, 'kept.sqlite')}`)
    expect(io.out).toMatch(/agreements\s+\d/)

    const db = new Database(join(dir, 'kept.sqlite'), { readonly: true })
    try {
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
      expect(count('reps')).toBe(2)
      expect(count("sessions WHERE status = 'completed'")).toBeGreaterThan(2 * 45)
      for (const table of ['goals', 'goal_checkins', 'agreements', 'challenges', 'recognitions', 'talking_points']) expect(count(table), table).toBeGreaterThan(0)
      const lengths = db.prepare("SELECT length(plain_text) FROM notes JOIN note_bodies ON note_id = notes.id WHERE kind = 'shared'").pluck().all() as number[]
      expect(Math.min(...lengths)).toBeGreaterThan(400)
    } finally {
      db.close()
    }

    // The app opens it, and its screens have data.
    const core = openCore(dir, '2026-06-15T12:00:00Z')
    try {
      const team = core.ok('team.overview', {})
      expect(team.members).toHaveLength(2)
      const brief = core.ok('reps.brief', { id: team.members[0]!.id })
      expect(brief.lastSession).not.toBeNull()
    } finally {
      core.kept.close()
    }
  })

  it('writes the same rows for the same seed', async () => {
    const dir = tempDir()
    for (const name of ['a.sqlite', 'b.sqlite']) expect(await runCli(['generate', '--db', name, '--reps', '1', '--years', '1', '--seed', 'same'], capture(dir))).toBe(0)
    const rows = (name: string) => {
      const db = new Database(join(dir, name), { readonly: true })
      try {
        return JSON.stringify(db.prepare('SELECT * FROM agreements ORDER BY id').all()) + JSON.stringify(db.prepare('SELECT * FROM note_bodies ORDER BY note_id').all())
      } finally {
        db.close()
      }
    }
    expect(rows('a.sqlite')).toBe(rows('b.sqlite'))
  })

  it('leaves an existing file untouched unless --force is given', async () => {
    const dir = tempDir()
    const path = join(dir, 'kept.sqlite')
    writeFileSync(path, 'my real database')
    const refused = capture(dir)
    expect(await runCli(['generate', '--db', path, '--reps', '1', '--years', '1'], refused)).toBe(1)
    expect(refused.err).toContain('already exists and was left untouched')
    expect(readFileSync(path, 'utf8')).toBe('my real database')

    expect(await runCli(['generate', '--db', path, '--reps', '1', '--years', '1', '--force'], capture(dir))).toBe(0)
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3')
  })

  it('explains bad options without writing anything', async () => {
    const dir = tempDir()
    const cases: Array<[string[], string]> = [
      [['generate', '--reps', '2'], '--db FILE is required'],
      [['generate', '--db', 'x.sqlite', '--reps', 'many'], '--reps must be a whole number, not "many"'],
      [['generate', '--db', 'x.sqlite', '--reps', '0'], 'The number of reps must be a whole number from 1 to 10000.'],
      [['generate', '--db', 'x.sqlite', '--years', '0'], 'The number of years must be a whole number from 1 to 30.'],
      [['generate', '--db', 'x.sqlite', '--today', 'June'], '"June" is not a date like 2026-06-15.']
    ]
    for (const [argv, message] of cases) {
      const io = capture(dir)
      expect(await runCli(argv, io), argv.join(' ')).toBe(1)
      expect(io.err).toContain(message)
    }
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false)
  })
})

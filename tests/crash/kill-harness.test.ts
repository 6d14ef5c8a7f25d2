import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/core/db/open-database'
import { useTempDir } from '../support/temp-dir'
import { checkAfterKill, parseCommitted, runKillHarness } from './kill-harness'

describe('crash safety: SIGKILL during autosave writes', () => {
  const tempDir = useTempDir()

  it('leaves an intact file with every reported save present after 15 random kills', async () => {
    const dbPath = join(tempDir(), 'kept.sqlite')
    const report = await runKillHarness({ dbPath, kills: 15, seed: 20261127 })
    expect(report.failedRuns.flatMap((run) => run.problems)).toEqual([])
    expect(report.kills).toBe(15)
    // The child got far enough to write, so the check had something to prove.
    expect(report.committedWrites).toBeGreaterThan(50)
  }, 300_000)

  it('would notice a write reported as saved that is not in the file', () => {
    const dbPath = join(tempDir(), 'kept.sqlite')
    openDatabase(dbPath).close()
    const db = new Database(dbPath)
    const agreement = db.prepare('SELECT max(id) AS id FROM agreements').get() as { id: number | null }
    const note = db.prepare("SELECT session_id, revision FROM notes WHERE kind = 'shared' ORDER BY id DESC LIMIT 1").get() as { session_id: number; revision: number } | undefined
    db.close()
    const claims = [
      parseCommitted(`committed agreements:${(agreement.id ?? 0) + 1000} 0`)!,
      parseCommitted(`committed notes:${note?.session_id ?? 999} ${(note?.revision ?? 0) + 1} 10`)!
    ]
    const problems = checkAfterKill(dbPath, claims)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/agreements \d+ was reported saved but is missing/)
  }, 60_000)
})

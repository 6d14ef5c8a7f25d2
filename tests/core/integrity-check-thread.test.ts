// The page-by-page check runs in a worker thread with its own read-only connection, so the thread
// that answers the UI keeps answering while every page is read.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/core/api/dispatch'
import { createAppCore, type AppCore } from '../../src/main/core/app-core'
import { fixedClock } from '../../src/main/core/clock'
import { generateDataset } from '../../src/main/core/dataset/generate-dataset'
import { checkFileIntegrityOffThread, openDatabase } from '../../src/main/core/db/open-database'
import { quickCheckOffThread } from '../../src/main/core/db/integrity-check-thread'
import { createMemoryPreferencesStore } from '../../src/main/core/preferences/preferences-store'
import { damagedKeptFile } from '../support/damaged-file'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const cores: AppCore[] = []
afterEach(() => {
  for (const core of cores.splice(0)) core.close()
})

/** A sound file with a year of 1:1s. */
function largeFile(dir: string): string {
  const path = join(dir, 'large.sqlite')
  const kept = openDatabase(path)
  generateDataset(kept.db, { reps: 3, years: 1, seed: 'integrity-thread', today: '2026-06-15' })
  kept.db.pragma('wal_checkpoint(TRUNCATE)')
  kept.close()
  return path
}

describe('the integrity check in a worker thread', () => {
  it('answers ok for a sound file, finds a damaged page, and says why a non-database cannot be read', async () => {
    const dir = tempDir()
    expect(await quickCheckOffThread(largeFile(dir))).toEqual({ result: 'ok' })
    expect(await checkFileIntegrityOffThread(join(dir, 'large.sqlite'))).toBeNull()

    const damaged = damagedKeptFile(tempDir())
    expect((await checkFileIntegrityOffThread(damaged))?.kind).toBe('damaged')

    const text = join(dir, 'notes.txt')
    writeFileSync(text, 'These are not the droids you are looking for.\n'.repeat(200))
    expect((await checkFileIntegrityOffThread(text))?.kind).toBe('not_a_database')
    expect((await checkFileIntegrityOffThread(join(dir, 'missing.sqlite')))?.kind).toBe('unreadable')
  })

  it('leaves the thread that answers the UI free: calls are answered while the check reads every page', async () => {
    const path = largeFile(tempDir())
    const core = createAppCore({ dbPath: path, clock: fixedClock('2026-06-15T09:00:00Z'), host: 'browser', preferences: createMemoryPreferencesStore(), deferIntegrityCheck: true })
    cores.push(core)
    let done = false
    const check = core.verifyIntegrity().then(() => (done = true))
    // With the check on this thread, it would be over before any of these ran.
    let answered = 0
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve))
      if (done) break
      expect(dispatch(core.handlers, 'team.overview', {})).toMatchObject({ ok: true })
      expect(dispatch(core.handlers, 'recovery.check', {})).toEqual({ ok: true, value: { needed: false, checking: true } })
      answered++
    }
    await check
    expect(answered).toBeGreaterThan(0)
    expect(dispatch(core.handlers, 'recovery.check', {})).toEqual({ ok: true, value: { needed: false } })
  })
})

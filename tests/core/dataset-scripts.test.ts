// The benchmark data set is deterministic and looks like real use.
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createDatasetFile, type DatasetOptions } from '../../scripts/generate-dataset'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const SMALL: DatasetOptions = { reps: 3, years: 1, seed: 'test-seed', today: '2026-06-15' }

function digest(path: string): string {
  const db = new Database(path, { readonly: true })
  try {
    const hash = createHash('sha256')
    for (const table of ['reps', 'sessions', 'agreements', 'agreement_reviews', 'goals', 'goal_checkins', 'challenges', 'challenge_sessions', 'recognitions', 'talking_points', 'notes', 'note_bodies']) {
      hash.update(JSON.stringify(db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()))
    }
    return hash.digest('hex')
  } finally {
    db.close()
  }
}

describe('scripts/generate-dataset.ts', () => {
  it('writes the same rows for the same options, and other rows for another seed', () => {
    const dir = tempDir()
    const a = createDatasetFile(join(dir, 'a.sqlite'), SMALL)
    const b = createDatasetFile(join(dir, 'b.sqlite'), SMALL)
    createDatasetFile(join(dir, 'c.sqlite'), { ...SMALL, seed: 'another' })
    expect(a.summary).toEqual(b.summary)
    expect(digest(join(dir, 'a.sqlite'))).toBe(digest(join(dir, 'b.sqlite')))
    expect(digest(join(dir, 'c.sqlite'))).not.toBe(digest(join(dir, 'a.sqlite')))
  })

  it('looks like real use: weekly 1:1s, both owners, every agreement status, notes of realistic length', () => {
    const path = join(tempDir(), 'kept.sqlite')
    const { summary } = createDatasetFile(path, { ...SMALL, reps: 4 })
    const db = new Database(path, { readonly: true })
    try {
      const one = (sql: string) => db.prepare(sql).pluck().get()
      expect(summary.reps).toBe(4)
      expect(summary.completedSessions).toBeGreaterThan(4 * 45)
      expect(summary.agreements / summary.completedSessions).toBeGreaterThan(4)
      expect(db.prepare('SELECT DISTINCT owner FROM agreements ORDER BY 1').pluck().all()).toEqual(['manager', 'rep'])
      expect(db.prepare('SELECT DISTINCT status FROM agreements ORDER BY 1').pluck().all()).toEqual(['done', 'dropped', 'missed', 'open'])
      expect(one("SELECT count(*) FROM agreements WHERE status = 'done'") as number).toBeGreaterThan(summary.agreements * 0.6)
      expect(one('SELECT count(*) FROM agreements WHERE due_date IS NULL') as number).toBeGreaterThan(0)
      const words = (db.prepare("SELECT plain_text FROM notes JOIN note_bodies ON note_id = notes.id WHERE kind = 'shared'").pluck().all() as string[]).map(
        (text) => text.split(/\s+/).length
      )
      expect(Math.min(...words)).toBeGreaterThanOrEqual(80)
      expect(Math.max(...words)).toBeLessThanOrEqual(260)
      expect(one("SELECT count(*) FROM notes WHERE kind = 'private'") as number).toBeGreaterThan(0)
      expect(one('SELECT count(*) FROM goal_checkins WHERE import_id IS NOT NULL') as number).toBeGreaterThan(0)
      expect(one('SELECT count(*) FROM challenge_sessions') as number).toBeGreaterThan(summary.challenges)
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(one("SELECT count(*) FROM note_bodies_fts WHERE note_bodies_fts MATCH 'pricing'") as number).toBeGreaterThan(summary.notes / 4)
    } finally {
      db.close()
    }
  })
})

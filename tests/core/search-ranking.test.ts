// Search ranks each kind's newest matches only (search-repository.ts, docs/DATA.md "Full-text
// search"), so a common word costs the same after five years as after one. These tests pin that
// deliberate change: on a fixed set of 30 queries the first page is exactly the exhaustive bm25
// ranking whenever a kind has fewer matches than the window, and otherwise exactly the exhaustive
// ranking of the newest matches, widened past trashed rows.
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { SEARCH_HIT_KINDS, type SearchHitKind } from '../../src/shared/domain'
import { RECENT_MATCHES, searchEverything, toFtsQuery } from '../../src/main/core/repositories/search-repository'
import { generateDataset } from '../../src/main/core/dataset/generate-dataset'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

const QUERIES = [
  'pricing', 'pri', 'pr', 'p', 'send', 'recap', 'discovery', 'discovery call', 'acme', 'acme logistics', 'negotiation', 'CFO',
  'proposal', 'legal review', 'objection handling', 'champion', 'forecast', 'zeppelin', 'renewal', 'procurement', 'demo', 'onboarding',
  'escalation', 'quota', 'pipeline', 'follow', 'next step', 'Stratus', 'analytics add-on', 'résumé', 'zzzznothing', 'MEDDICC'
]

// Removed during a 1:1, these stay in their table marked deleted; trashed items are gone from theirs.
const SOFT_DELETED = ['recognitions']

// Every match of one kind, newest first, joined exhaustively: the reference before any window.
const ALL_MATCHES_SQL: Record<SearchHitKind, string> = {
  note: `SELECT note_bodies_fts.rowid AS id, bm25(note_bodies_fts) AS score, sessions.id IS NOT NULL AND reps.id IS NOT NULL AS live
         FROM note_bodies_fts LEFT JOIN notes ON notes.id = note_bodies_fts.rowid
         LEFT JOIN sessions ON sessions.id = notes.session_id
         LEFT JOIN reps ON reps.id = sessions.rep_id
         WHERE note_bodies_fts MATCH @query ORDER BY note_bodies_fts.rowid DESC`,
  agreement: liveSql('agreements'),
  challenge: liveSql('challenges'),
  recognition: liveSql('recognitions'),
  goal: liveSql('goals')
}

function liveSql(table: string): string {
  return `SELECT ${table}_fts.rowid AS id, bm25(${table}_fts) AS score, ${table}.id IS NOT NULL AND reps.id IS NOT NULL AS live
          FROM ${table}_fts LEFT JOIN ${table} ON ${table}.id = ${table}_fts.rowid${SOFT_DELETED.includes(table) ? ` AND ${table}.deleted_at IS NULL` : ''}
          LEFT JOIN reps ON reps.id = ${table}.rep_id
          WHERE ${table}_fts MATCH @query ORDER BY ${table}_fts.rowid DESC`
}

type Scored = { key: string; id: number; score: number }
const byScore = (a: Scored, b: Scored) => a.score - b.score || b.id - a.id

/** The first page as the documented rule says it is: per kind, the newest `window` matches (widened ×4 while they hold too few live hits), best bm25 first. */
function documentedRanking(db: Database, input: string, limit: number, recentMatches: number): string[] {
  const query = toFtsQuery(input)
  if (!query) return []
  const hits = SEARCH_HIT_KINDS.flatMap((kind) => {
    const all = db.prepare(ALL_MATCHES_SQL[kind]).all({ query }) as Array<{ id: number; score: number; live: number }>
    for (let window = Math.max(recentMatches, 2 * limit + 20); ; window *= 4) {
      const live = all.slice(0, window).filter((row) => row.live === 1)
      if (live.length >= limit || window >= all.length) return live.map((row) => ({ key: `${kind}:${row.id}`, id: row.id, score: row.score })).sort(byScore).slice(0, limit)
    }
  })
  return hits.sort(byScore).slice(0, limit).map((hit) => hit.key)
}

/** Today's exhaustive ranking: every live match of every kind, best bm25 first. */
function exhaustiveRanking(db: Database, input: string, limit: number): string[] {
  return documentedRanking(db, input, limit, Number.MAX_SAFE_INTEGER)
}

function firstPage(db: Database, input: string, limit: number, recentMatches?: number): string[] {
  return searchEverything(db, input, limit, recentMatches).groups.flatMap((group) => group.hits.map((hit) => `${hit.kind}:${hit.id}`))
}

function matchesPerKind(db: Database, input: string): number {
  const query = toFtsQuery(input)
  if (!query) return 0
  return Math.max(...SEARCH_HIT_KINDS.map((kind) => (db.prepare(ALL_MATCHES_SQL[kind]).all({ query }) as unknown[]).length))
}

describe('search ranking: the newest matches of each kind, best first', () => {
  it('equals the exhaustive ranking on 30 queries when no kind has more matches than the window', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      generateDataset(db, { reps: 3, years: 1, seed: 'ranking-small', today: '2026-06-15' })
      db.prepare('DELETE FROM sessions WHERE id % 11 = 0').run()
      expect(QUERIES.length).toBeGreaterThanOrEqual(30)
      let withHits = 0
      for (const query of QUERIES) {
        expect(matchesPerKind(db, query), query).toBeLessThanOrEqual(RECENT_MATCHES)
        const page = firstPage(db, query, 20)
        if (page.length > 0) withHits++
        // Grouped by rep on screen: compare as sets, then the order within the exhaustive answer.
        expect([...page].sort(), query).toEqual([...exhaustiveRanking(db, query, 20)].sort())
      }
      expect(withHits).toBeGreaterThanOrEqual(25)
    } finally {
      core.kept.close()
    }
  })

  it('ranks only the newest matches of a common word, widening past trashed rows, on the same 30 queries', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      generateDataset(db, { reps: 4, years: 2, seed: 'ranking-window', today: '2026-06-15' })
      db.prepare('DELETE FROM agreements WHERE id % 3 = 0').run()
      db.prepare('DELETE FROM sessions WHERE id % 7 = 0').run()
      // A small window so that most queries here have more matches than it holds.
      const window = 25
      let beyondWindow = 0
      let differsFromExhaustive = 0
      for (const query of QUERIES) {
        for (const limit of [1, 5, 20]) {
          const page = firstPage(db, query, limit, window)
          expect([...page].sort(), `${query} / ${limit}`).toEqual([...documentedRanking(db, query, limit, window)].sort())
          if (limit === 20 && [...page].sort().join() !== [...exhaustiveRanking(db, query, 20)].sort().join()) differsFromExhaustive++
        }
        if (matchesPerKind(db, query) > window) beyondWindow++
      }
      // The window really is in play for many of them, and really changes some answers.
      expect(beyondWindow).toBeGreaterThanOrEqual(15)
      expect(differsFromExhaustive).toBeGreaterThan(0)
    } finally {
      core.kept.close()
    }
  })

  it('shows a recent note before a better-scoring old one once a word has more matches than the window', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      const rep = core.ok('reps.create', { name: 'Ana Old', cadence: 'weekly' })
      const addNote = (text: string) => {
        const session = core.ok('sessions.start', { repId: rep.id }).session
        const detail = core.ok('sessions.get', { id: session.id })
        const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
        core.ok('notes.save', { sessionId: session.id, kind: 'shared', doc, text, baseRevision: detail.notes.shared.revision })
        core.ok('sessions.finish', { id: session.id })
        return session.id
      }
      // The oldest note says "quarterly" once in three words: the best bm25 score of all.
      const oldest = addNote('quarterly plan review')
      for (let i = 0; i < 30; i++) addNote(`We went through the numbers at length today and touched on the quarterly plan only briefly, among many other things, number ${i}.`)
      const sessionsOf = (hits: string[]) => hits.map((key) => Number(key.split(':')[1]))
      const noteSession = (noteId: number) => (db.prepare('SELECT session_id FROM notes WHERE id = ?').pluck().get(noteId) as number)
      // Exhaustive: the old short note first.
      expect(sessionsOf(firstPage(db, 'quarterly', 1, 1000)).map(noteSession)).toEqual([oldest])
      // Ranking only the newest 22 matches (the smallest window a page of 1 uses), it is not shown.
      expect(sessionsOf(firstPage(db, 'quarterly', 1, 22)).map(noteSession)).not.toContain(oldest)
      // Searching for it by a rarer word still finds it.
      expect(sessionsOf(firstPage(db, 'quarterly plan review', 5)).map(noteSession)).toContain(oldest)
    } finally {
      core.kept.close()
    }
  })

  it('matches a single character as a whole word, not as a prefix of half the vocabulary', () => {
    expect(toFtsQuery('p')).toBe('"p"')
    expect(toFtsQuery('q 3 pricing')).toBe('"q" "3" "pricing"*')
    expect(toFtsQuery('pr')).toBe('"pr"*')
  })
})

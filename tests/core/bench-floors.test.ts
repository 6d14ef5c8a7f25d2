// The bench compares each call to a hand-written SQL floor "for the same answer": the floors must
// really return the data the app shows, or the ratios would flatter (or slander) the app.
import { describe, expect, it } from 'vitest'
import { BRIEF_FLOOR_SQL, SEARCH_FLOOR_SQL, TEAM_FLOOR_SQL, TIMELINE_FLOOR_SQL } from '../../scripts/bench/sql-floors'
import { generateDataset } from '../../src/main/core/dataset/generate-dataset'
import { RECENT_MATCHES, toFtsQuery } from '../../src/main/core/repositories/search-repository'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

describe('the SQL floors of the bench', () => {
  it('answer with the same data as the calls they stand next to', () => {
    const core = openCore(tempDir(), '2026-06-15T12:00:00Z')
    try {
      const { db } = core.kept
      generateDataset(db, { reps: 4, years: 1, seed: 'floors', today: '2026-06-15' })
      const params = { today: '2026-06-15', windowFrom: '2026-03-17' }

      // Team: one row per rep, with the same open agreements by owner and the same last recognition.
      const team = core.ok('team.overview', { includeArchived: true })
      const floorTeam = db.prepare(TEAM_FLOOR_SQL).all(params) as Array<{ id: number; open_agreements: string; last_recognition: string | null }>
      expect(floorTeam.map((row) => row.id).sort()).toEqual(team.members.map((member) => member.id).sort())
      for (const member of team.members) {
        const row = floorTeam.find((candidate) => candidate.id === member.id)!
        const [openRep, openManager] = JSON.parse(row.open_agreements) as number[]
        expect([openRep, openManager]).toEqual([member.openAgreements.rep, member.openAgreements.manager])
        expect(row.last_recognition).toBe(member.lastRecognitionDate)
      }

      // Brief: the same open agreements and open challenges.
      const repId = team.members.find((member) => !member.archived)!.id
      const brief = core.ok('reps.brief', { id: repId })
      const agreements = db.prepare(BRIEF_FLOOR_SQL.openAgreements).all({ repId }) as Array<{ id: number }>
      expect(agreements.map((row) => row.id).sort()).toEqual([...brief.agreements.rep, ...brief.agreements.manager].map((agreement) => agreement.id).sort())
      const challenges = db.prepare(BRIEF_FLOOR_SQL.challenges).all({ repId }) as Array<{ id: number }>
      expect(challenges.map((row) => row.id).sort()).toEqual(brief.challenges.map((challenge) => challenge.id).sort())

      // Timeline: the same 1:1s on the first page (the floor reads one more row to know if there is a next page).
      const page = core.ok('reps.timeline', { repId, limit: 30 })
      const floorPage = db.prepare(TIMELINE_FLOOR_SQL).all({ repId, before: '9999', limit: 31 }) as Array<{ id: number }>
      expect(floorPage.slice(0, 30).map((row) => row.id)).toEqual(page.items.map((item) => item.id))

      // Search: the same hits, best first, for words with fewer matches than a page.
      for (const word of ['escalation', 'legal', 'onboarding']) {
        const results = core.ok('search.query', { query: word })
        const hits = results.groups.flatMap((group) => group.hits.map((hit) => `${hit.kind}:${hit.id}`)).sort()
        expect(hits.length, word).toBeGreaterThan(0)
        const floor = db.prepare(SEARCH_FLOOR_SQL).all({ query: toFtsQuery(word), limit: 50, window: RECENT_MATCHES }) as Array<{ kind: string; id: number }>
        const kinds: Record<string, string> = { notes: 'note', agreements: 'agreement', challenges: 'challenge', recognitions: 'recognition', goals: 'goal' }
        expect(floor.map((row) => `${kinds[row.kind]}:${row.id}`).sort(), word).toEqual(hits)
      }
    } finally {
      core.kept.close()
    }
  })
})

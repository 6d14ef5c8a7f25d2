// "Explore with a demo team": six realistic reps with six months of 1:1s, removable in one
// click. Deterministic — the same `today` and `now` always write the same rows.
import { createBulkWriter } from '../db/bulk-writer'
import type { Database } from 'better-sqlite3'
import { planRep } from './demo-plan'
import { DEMO_TEAM } from './demo-stories'
import { writeDemoRep } from './demo-writer'

const DEMO_REPS = 'SELECT id FROM reps WHERE is_demo = 1'

function defaultTemplateId(db: Database): number | null {
  const row = db.prepare('SELECT id FROM templates WHERE is_default = 1 AND retired_at IS NULL ORDER BY id LIMIT 1').get() as
    | { id: number }
    | undefined
  return row?.id ?? null
}

function deleteDemoRows(db: Database): number {
  // ON DELETE CASCADE from reps reaches all of these; deleting explicitly first keeps the
  // removal complete even on a connection where foreign keys were left off.
  db.prepare(`DELETE FROM note_bodies WHERE note_id IN (SELECT notes.id FROM notes JOIN sessions ON sessions.id = notes.session_id WHERE sessions.rep_id IN (${DEMO_REPS}))`).run()
  db.prepare(`DELETE FROM notes WHERE session_id IN (SELECT id FROM sessions WHERE rep_id IN (${DEMO_REPS}))`).run()
  db.prepare(`DELETE FROM challenge_sessions WHERE challenge_id IN (SELECT id FROM challenges WHERE rep_id IN (${DEMO_REPS}))`).run()
  db.prepare(`DELETE FROM goal_checkins WHERE goal_id IN (SELECT id FROM goals WHERE rep_id IN (${DEMO_REPS}))`).run()
  for (const table of ['talking_points', 'recognitions', 'challenges', 'agreements', 'sessions', 'goals', 'rep_tags']) {
    db.prepare(`DELETE FROM ${table} WHERE rep_id IN (${DEMO_REPS})`).run()
  }
  return db.prepare('DELETE FROM reps WHERE is_demo = 1').run().changes
}

/**
 * Writes the demo team in one transaction, dated relative to `today` ('YYYY-MM-DD'); `now`
 * (an ISO timestamp) stamps the reps' updated_at. Does nothing while demo reps exist, so the team
 * is never doubled (demo reps in the trash are no longer in the reps table).
 */
export function loadDemoTeam(db: Database, options: { today: string; now: string }): { repsCreated: number } {
  return db.transaction(() => {
    const { live } = db.prepare('SELECT count(*) AS live FROM reps WHERE is_demo = 1').get() as { live: number }
    if (live > 0) return { repsCreated: 0 }
    deleteDemoRows(db)
    const write = createBulkWriter(db)
    const templateId = defaultTemplateId(db)
    for (const story of DEMO_TEAM) {
      writeDemoRep(write, planRep(story, options.today), { now: options.now, templateId })
    }
    return { repsCreated: DEMO_TEAM.length }
  })()
}

/** Deletes every demo rep and everything that hangs off them, in one transaction. */
export function removeDemoTeam(db: Database): { repsRemoved: number } {
  return db.transaction(() => ({ repsRemoved: deleteDemoRows(db) }))()
}

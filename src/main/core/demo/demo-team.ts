import type { Database } from 'better-sqlite3'

// Placeholder signatures; the full deterministic demo team is written next.
export function loadDemoTeam(_db: Database, _options: { today: string; now: string }): { repsCreated: number } {
  throw new Error('not yet written')
}

export function removeDemoTeam(_db: Database): { repsRemoved: number } {
  throw new Error('not yet written')
}

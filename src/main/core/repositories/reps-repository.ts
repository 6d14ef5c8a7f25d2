import type { Database } from 'better-sqlite3'
import type { Cadence, Rep, TeamMember } from '@shared/domain'
import { GOAL_COUNTS, LAST_RECOGNITION_DATE, LAST_SESSION_DATE, openAgreementCount, REP_COLUMNS } from '../queries/rep-figures'

export interface RepRow {
  id: number
  name: string
  role: string
  email: string
  start_date: string | null
  cadence: Cadence
  next_session_date: string | null
  archived_at: string | null
  is_demo: number
  created_at: string
  updated_at: string
  tags: string | null
}

interface TeamRow extends RepRow {
  last_session_date: string | null
  open_rep: number
  open_manager: number
  active_goals: number
  goals_on_track: number
  last_recognition_date: string | null
}

export interface RepWrite {
  name: string
  role: string
  email: string
  startDate: string | null
  cadence: Cadence
  tags: string[]
  nextSessionDate: string | null
}

// Tags are joined with a control character that a validated tag can never contain.
const TAG_SEPARATOR = '\u001f'

const tagsColumn = `(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM rep_tags WHERE rep_id = reps.id ORDER BY tag)) AS tags`

function toRep(row: RepRow): Rep {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    email: row.email,
    startDate: row.start_date,
    cadence: row.cadence,
    tags: row.tags ? row.tags.split(TAG_SEPARATOR) : [],
    nextSessionDate: row.next_session_date,
    archived: row.archived_at !== null,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

/** A row with the columns of `reps` and a `tags` column (tags joined by char(31)) as a Rep. */
export function repFromRow(row: RepRow): Rep {
  return toRep(row)
}

export function findRep(db: Database, id: number): Rep | undefined {
  const row = db.prepare(`SELECT reps.*, ${tagsColumn} FROM reps WHERE id = ?`).get(id) as RepRow | undefined
  return row ? toRep(row) : undefined
}

/** The Team screen's rows: each rep with the figures shown next to them. */
export function listTeam(db: Database, options: { includeArchived: boolean }): TeamMember[] {
  const rows = db
    .prepare(
      `SELECT ${REP_COLUMNS}, ${LAST_SESSION_DATE},
         ${openAgreementCount('rep')} AS open_rep,
         ${openAgreementCount('manager')} AS open_manager,
         ${GOAL_COUNTS}, ${LAST_RECOGNITION_DATE}
       FROM reps
       WHERE (? = 1 OR archived_at IS NULL)
       ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id`
    )
    .all(options.includeArchived ? 1 : 0) as TeamRow[]
  return rows.map((row) => ({
    ...toRep(row),
    lastSessionDate: row.last_session_date,
    openAgreements: { rep: row.open_rep, manager: row.open_manager },
    activeGoals: row.active_goals,
    goalsOnTrack: row.goals_on_track,
    lastRecognitionDate: row.last_recognition_date
  }))
}

function writeTags(db: Database, repId: number, tags: string[]): void {
  db.prepare('DELETE FROM rep_tags WHERE rep_id = ?').run(repId)
  const insert = db.prepare('INSERT OR IGNORE INTO rep_tags (rep_id, tag) VALUES (?, ?)')
  for (const tag of tags) insert.run(repId, tag)
}

export function insertRep(db: Database, rep: RepWrite, options: { now: string; isDemo?: boolean }): number {
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO reps (name, role, email, start_date, cadence, next_session_date, is_demo, created_at, updated_at)
         VALUES (@name, @role, @email, @startDate, @cadence, @nextSessionDate, @isDemo, @now, @now)`
      )
      .run({ ...rep, isDemo: options.isDemo ? 1 : 0, now: options.now })
    const id = Number(lastInsertRowid)
    writeTags(db, id, rep.tags)
    return id
  })()
}

export function updateRep(db: Database, id: number, changes: Partial<RepWrite>, now: string): void {
  const columns: Record<keyof Omit<RepWrite, 'tags'>, string> = {
    name: 'name',
    role: 'role',
    email: 'email',
    startDate: 'start_date',
    cadence: 'cadence',
    nextSessionDate: 'next_session_date'
  }
  db.transaction(() => {
    const assignments: string[] = []
    const values: Record<string, unknown> = { id, now }
    for (const [key, column] of Object.entries(columns)) {
      const value = changes[key as keyof typeof columns]
      if (value !== undefined) {
        assignments.push(`${column} = @${key}`)
        values[key] = value
      }
    }
    db.prepare(`UPDATE reps SET ${[...assignments, 'updated_at = @now'].join(', ')} WHERE id = @id`).run(values)
    if (changes.tags !== undefined) writeTags(db, id, changes.tags)
  })()
}

export function setRepArchived(db: Database, id: number, archived: boolean, now: string): void {
  db.prepare('UPDATE reps SET archived_at = ?, updated_at = ? WHERE id = ?').run(archived ? now : null, now, id)
}

export function countReps(db: Database): { all: number; demo: number } {
  return db
    .prepare('SELECT count(*) AS "all", coalesce(sum(is_demo), 0) AS demo FROM reps')
    .get() as { all: number; demo: number }
}

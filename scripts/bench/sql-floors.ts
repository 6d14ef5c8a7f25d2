// Hand-written SQL floors: for each hot API call, the least SQL a careful person would write to get
// the same data out of the same file, with no validation, no mapping to domain objects and no
// derived logic. The bench prints each call next to its floor as a ratio, so "fast" means "close
// to what SQLite can do" rather than a number without context.
import type { Database } from 'better-sqlite3'

export interface FloorContext {
  db: Database
  today: string
  /** The first day of the 90-day follow-through window. */
  windowFrom: string
}

const LIVE_GOAL = "status IN ('on_track', 'at_risk', 'off_track') AND archived_at IS NULL"

/**
 * One row per rep with every figure the Team screen shows and every fact its nudges are derived
 * from, in one statement: next and last 1:1, a 1:1 in progress, open and overdue agreements by
 * owner, follow-through counts by owner over the window, goals on track, last recognition, the
 * last three 1:1s' agreements by owner and recognitions, recurring challenges, goals that are not
 * measurable, undated agreements and dismissed nudges.
 */
export const TEAM_FLOOR_SQL = `
SELECT reps.id, reps.name, reps.role, reps.email, reps.start_date, reps.cadence, reps.next_session_date, reps.archived_at,
  (SELECT group_concat(tag, char(31)) FROM rep_tags WHERE rep_id = reps.id) AS tags,
  (SELECT max(scheduled_at) FROM sessions WHERE rep_id = reps.id AND status = 'completed') AS last_session,
  (SELECT max(id) FROM sessions WHERE rep_id = reps.id AND status = 'in_progress') AS in_progress,
  (SELECT json_array(count(*) FILTER (WHERE owner = 'rep'), count(*) FILTER (WHERE owner = 'manager'),
                     count(*) FILTER (WHERE owner = 'rep' AND due_date < @today), count(*) FILTER (WHERE owner = 'manager' AND due_date < @today),
                     count(*) FILTER (WHERE due_date IS NULL))
     FROM agreements WHERE rep_id = reps.id AND status = 'open') AS open_agreements,
  (SELECT json_group_array(json_array(owner, status, due_date, done_on))
     FROM agreements WHERE rep_id = reps.id AND due_date BETWEEN @windowFrom AND @today) AS follow_through,
  (SELECT json_array(count(*), count(*) FILTER (WHERE status = 'on_track'),
                     count(*) FILTER (WHERE trim(metric) = '' OR target IS NULL OR due_date IS NULL))
     FROM goals WHERE rep_id = reps.id AND ${LIVE_GOAL}) AS goals,
  (SELECT max(recognized_on) FROM recognitions WHERE rep_id = reps.id AND deleted_at IS NULL) AS last_recognition,
  (SELECT json_group_array(json_array(recent.id,
            (SELECT count(*) FROM agreements WHERE created_in_session_id = recent.id AND owner = 'rep'),
            (SELECT count(*) FROM agreements WHERE created_in_session_id = recent.id AND owner = 'manager'),
            (SELECT count(*) FROM recognitions WHERE session_id = recent.id AND deleted_at IS NULL)))
     FROM (SELECT id FROM sessions WHERE rep_id = reps.id AND status = 'completed'
           ORDER BY scheduled_at DESC LIMIT 3) AS recent) AS recent_sessions,
  (SELECT json_group_array(json_array(id, (SELECT count(*) FROM challenge_sessions WHERE challenge_id = challenges.id)))
     FROM challenges WHERE rep_id = reps.id AND status = 'open') AS open_challenges,
  (SELECT json_group_array(rule) FROM nudge_dismissals WHERE rep_id = reps.id) AS dismissed
FROM reps
ORDER BY reps.next_session_date`

/** The brief: the rep's Team row (above), plus the lists the brief shows. */
export const BRIEF_FLOOR_SQL = {
  rep: TEAM_FLOOR_SQL.replace('FROM reps\nORDER BY', 'FROM reps\nWHERE reps.id = @repId\nORDER BY'),
  lastSession: `
SELECT sessions.id, sessions.scheduled_at, sessions.pulse, sessions.check_in_text, substr(note_bodies.plain_text, 1, 300)
FROM sessions
LEFT JOIN notes ON notes.session_id = sessions.id AND notes.kind = 'shared'
LEFT JOIN note_bodies ON note_bodies.note_id = notes.id
WHERE sessions.rep_id = @repId AND sessions.status = 'completed'
ORDER BY sessions.scheduled_at DESC LIMIT 1`,
  openAgreements: `
SELECT id, text, owner, due_date, created_on FROM agreements
WHERE rep_id = @repId AND status = 'open' ORDER BY due_date`,
  goals: `
SELECT goals.id, goals.title, goals.metric, goals.unit, goals.baseline, goals.target, goals.due_date, goals.status,
  (SELECT value FROM goal_checkins WHERE goal_id = goals.id ORDER BY recorded_on DESC, id DESC LIMIT 1) AS current_value,
  (SELECT value FROM goal_checkins WHERE goal_id = goals.id AND recorded_on < @lastSessionDate ORDER BY recorded_on DESC, id DESC LIMIT 1) AS value_at_last
FROM goals WHERE rep_id = @repId AND ${LIVE_GOAL} ORDER BY due_date`,
  challenges: `
SELECT id, text, support_offered, raised_on, (SELECT count(*) FROM challenge_sessions WHERE challenge_id = challenges.id)
FROM challenges WHERE rep_id = @repId AND status = 'open'`,
  pulseTrend: `
SELECT id, scheduled_at, pulse FROM sessions
WHERE rep_id = @repId AND status = 'completed' ORDER BY scheduled_at DESC LIMIT 8`,
  talkingPoints: `
SELECT id, text, raised_by, created_at FROM talking_points
WHERE rep_id = @repId AND discussed_in_session_id IS NULL AND deleted_at IS NULL ORDER BY created_at`
} as const

/** One page of a rep's 1:1s, newest first, with what each created and the start of its notes. */
export const TIMELINE_FLOOR_SQL = `
SELECT sessions.id, sessions.scheduled_at, sessions.status, sessions.pulse, templates.name,
  (SELECT count(*) FROM agreements WHERE created_in_session_id = sessions.id),
  (SELECT count(*) FROM agreement_reviews WHERE session_id = sessions.id),
  (SELECT count(*) FROM recognitions WHERE session_id = sessions.id AND deleted_at IS NULL),
  (SELECT count(*) FROM challenge_sessions WHERE session_id = sessions.id),
  (SELECT json_group_object(notes.kind, substr(note_bodies.plain_text, 1, 600))
     FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id WHERE notes.session_id = sessions.id)
FROM sessions LEFT JOIN templates ON templates.id = sessions.template_id
WHERE sessions.rep_id = @repId AND sessions.scheduled_at < @before
ORDER BY sessions.scheduled_at DESC, sessions.id DESC
LIMIT @limit`

// Per table: the newest @window matches ranked by bm25 and the best @limit of them kept (`best`),
// then those joined to their rows (live only) and snippeted, reading only the matches from the
// oldest one kept on ("+rowid" streams the matches instead of seeking each id).
const bestOf = (fts: string) => `best_${fts} AS MATERIALIZED (
  SELECT id, score FROM (SELECT rowid AS id, bm25(${fts}) AS score FROM ${fts} WHERE ${fts} MATCH @query ORDER BY rowid DESC LIMIT @window)
  ORDER BY score LIMIT @limit)`
const searchPart = (fts: string, table: string, snippetColumn: number, repOf: string, dateOf: string, live = 'true', joins = '') => `
SELECT '${table}' AS kind, ${fts}.rowid AS id, ${repOf} AS rep_id, ${dateOf} AS date, best.score,
       snippet(${fts}, ${snippetColumn}, char(2), char(3), '…', 14) AS snippet
FROM ${fts} JOIN best_${fts} AS best ON best.id = +${fts}.rowid
JOIN ${table} ON ${table}.id = best.id${joins}
WHERE ${fts} MATCH @query AND ${fts}.rowid >= (SELECT min(id) FROM best_${fts}) AND ${live}`

const SEARCHED = ['note_bodies_fts', 'agreements_fts', 'challenges_fts', 'recognitions_fts', 'goals_fts']

/** The best of the newest matches over notes, agreements, challenges, recognition and goals with snippets and rep names. */
export const SEARCH_FLOOR_SQL = `
WITH ${SEARCHED.map(bestOf).join(',\n')}
SELECT hits.*, reps.name FROM (
  ${searchPart('note_bodies_fts', 'notes', 0, 'sessions.rep_id', 'sessions.scheduled_at', 'true', ' JOIN sessions ON sessions.id = notes.session_id')}
  UNION ALL ${searchPart('agreements_fts', 'agreements', 0, 'agreements.rep_id', 'agreements.created_on')}
  UNION ALL ${searchPart('challenges_fts', 'challenges', -1, 'challenges.rep_id', 'challenges.raised_on')}
  UNION ALL ${searchPart('recognitions_fts', 'recognitions', -1, 'recognitions.rep_id', 'recognitions.recognized_on', 'recognitions.deleted_at IS NULL')}
  UNION ALL ${searchPart('goals_fts', 'goals', -1, 'goals.rep_id', 'goals.due_date')}
) AS hits JOIN reps ON reps.id = hits.rep_id
ORDER BY hits.score LIMIT @limit`

/** An autosave: bump the note's revision if it is still the one the editor started from, and write the body. */
export const NOTE_SAVE_FLOOR_SQL = {
  bump: 'UPDATE notes SET revision = revision + 1, updated_at = @now WHERE id = @id AND revision = @revision',
  body: 'UPDATE note_bodies SET doc_json = @docJson, plain_text = @text WHERE note_id = @id'
} as const

/** Every floor statement, for the EXPLAIN QUERY PLAN guard. */
export const ALL_FLOOR_SQL: readonly string[] = [TEAM_FLOOR_SQL, ...Object.values(BRIEF_FLOOR_SQL), TIMELINE_FLOOR_SQL, SEARCH_FLOOR_SQL, ...Object.values(NOTE_SAVE_FLOOR_SQL)]

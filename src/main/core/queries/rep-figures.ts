// The figures shown next to a rep (Team screen, reps.list, the brief's header), as SQL columns
// over a row of `reps`: one definition, read by every query that shows them.
import type { Owner } from '@shared/domain'
import { activeGoalStatusSql } from '@shared/goal-rules'

/** The rep's own columns and tags (see repFromRow). */
export const REP_COLUMNS = `reps.id, reps.name, reps.role, reps.email, reps.start_date, reps.cadence, reps.next_session_date, reps.archived_at,
  reps.is_demo, reps.created_at, reps.updated_at,
  (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM rep_tags WHERE rep_id = reps.id ORDER BY tag)) AS tags`

export const LAST_SESSION_DATE = `(SELECT substr(scheduled_at, 1, 10) FROM sessions
  WHERE rep_id = reps.id AND status = 'completed'
  ORDER BY scheduled_at DESC LIMIT 1) AS last_session_date`

export const IN_PROGRESS_ID = `(SELECT id FROM sessions
  WHERE rep_id = reps.id AND status = 'in_progress'
  ORDER BY scheduled_at DESC, id DESC LIMIT 1) AS in_progress_id`

export const LAST_RECOGNITION_DATE = '(SELECT max(recognized_on) FROM live_recognitions WHERE rep_id = reps.id) AS last_recognition_date'

// A rep's open agreements are few, their past ones many: the count reads the status index, never
// the follow-through index that a due-date bound would also allow (it holds every dated agreement).
export const openAgreementCount = (owner: Owner, extra = '') =>
  `(SELECT count(*) FROM agreements INDEXED BY agreements_by_rep_status_due WHERE rep_id = reps.id AND status = 'open' ${extra} AND owner = '${owner}')`

export const GOAL_COUNTS = `(SELECT count(*) FROM goals
  WHERE rep_id = reps.id AND ${activeGoalStatusSql('status')} AND archived_at IS NULL) AS active_goals,
  (SELECT count(*) FROM goals
  WHERE rep_id = reps.id AND status = 'on_track' AND archived_at IS NULL) AS goals_on_track`

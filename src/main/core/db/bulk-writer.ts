// The one set of whole-row INSERT statements for data Kept makes up in bulk: the demo team and the
// benchmark data set. Each statement names every column it writes, so a caller states each
// value; both run inside their caller's transaction.
import type { Database, Statement } from 'better-sqlite3'
import type { Recognition } from '@shared/domain'

type Stamped = { createdAt: string; updatedAt: string }

export type RepInsert = Stamped & {
  name: string
  role: string
  email: string
  startDate: string | null
  cadence: string
  nextSessionDate: string | null
  archivedAt: string | null
  isDemo: 0 | 1
}
export type GoalInsert = Stamped & {
  repId: number
  title: string
  metric: string
  unit: string
  currency: string | null
  baseline: number
  target: number | null
  dueDate: string | null
  periodKind: string | null
  periodStart: string | null
  status: string
  archivedAt: string | null
}
export interface MetricImportInsert {
  sourceName: string
  fileName: string
  headerSignature: string
  columnMapping: string
  rows: number
  importedAt: string
}
export type SessionInsert = Stamped & {
  repId: number
  templateId: number | null
  scheduledAt: string
  status: string
  startedAt: string | null
  completedAt: string | null
  durationSeconds: number | null
  pulse: number | null
  checkIn: string
}
export interface CheckInInsert {
  goalId: number
  value: number
  recordedOn: string
  comment: string
  repAssessment: string
  status: string | null
  sessionId: number | null
  importId: number | null
  createdAt: string
}
export type AgreementInsert = Stamped & {
  repId: number
  text: string
  owner: string
  dueDate: string | null
  status: string
  doneOn: string | null
  missedReason: string
  createdInSessionId: number | null
  reviewedInSessionId: number | null
  createdOn: string
}
export interface AgreementReviewInsert {
  agreementId: number
  sessionId: number | null
  outcome: string
  missedReason: string
  reviewedAt: string
}
export type ChallengeInsert = Stamped & {
  repId: number
  text: string
  support: string
  status: string
  raisedInSessionId: number | null
  resolvedInSessionId: number | null
  raisedOn: string
  resolvedOn: string | null
}
export interface ChallengeSessionInsert {
  challengeId: number
  sessionId: number | null
  comment: string
}
export type RecognitionInsert = Omit<Recognition, 'id'> & { createdAt: string }
export type TalkingPointInsert = Stamped & {
  repId: number
  text: string
  raisedBy: string
  discussedInSessionId: number | null
}
export interface AgendaOutcomeInsert {
  sessionId: number | null
  talkingPointId: number
  outcome: string
  decidedAt: string
}
export type NoteInsert = Stamped & {
  sessionId: number
  kind: 'shared' | 'private'
  revision: number
  /** The note's tiptap document, as JSON. */
  docJson: string
  plainText: string
}

export interface BulkWriter {
  rep(row: RepInsert): number
  tag(row: { repId: number; tag: string }): void
  goal(row: GoalInsert): number
  metricImport(row: MetricImportInsert): number
  session(row: SessionInsert): number
  checkIn(row: CheckInInsert): void
  agreement(row: AgreementInsert): number
  agreementReview(row: AgreementReviewInsert): void
  challenge(row: ChallengeInsert): number
  challengeSession(row: ChallengeSessionInsert): void
  recognition(row: RecognitionInsert): void
  talkingPoint(row: TalkingPointInsert): number
  agendaOutcome(row: AgendaOutcomeInsert): void
  /** A note and its body. */
  note(row: NoteInsert): number
}

const idOf = (result: { lastInsertRowid: number | bigint }): number => Number(result.lastInsertRowid)

export function createBulkWriter(db: Database): BulkWriter {
  const insert = <Row extends object>(sql: string): Statement<[Row]> => db.prepare<Row>(sql) as Statement<[Row]>
  const rep = insert<RepInsert>(
    `INSERT INTO reps (name, role, email, start_date, cadence, next_session_date, archived_at, is_demo, created_at, updated_at)
     VALUES (@name, @role, @email, @startDate, @cadence, @nextSessionDate, @archivedAt, @isDemo, @createdAt, @updatedAt)`
  )
  // A tag given twice is one tag.
  const tag = insert<{ repId: number; tag: string }>('INSERT OR IGNORE INTO rep_tags (rep_id, tag) VALUES (@repId, @tag)')
  const goal = insert<GoalInsert>(
    `INSERT INTO goals (rep_id, title, metric, unit, currency, baseline, target, due_date, period_kind, period_start, status, archived_at,
                        created_at, updated_at)
     VALUES (@repId, @title, @metric, @unit, @currency, @baseline, @target, @dueDate, @periodKind, @periodStart, @status, @archivedAt,
             @createdAt, @updatedAt)`
  )
  const metricImport = insert<MetricImportInsert>(
    `INSERT INTO metric_imports (source_name, file_name, header_signature, column_mapping, rows_imported, imported_at)
     VALUES (@sourceName, @fileName, @headerSignature, @columnMapping, @rows, @importedAt)`
  )
  const session = insert<SessionInsert>(
    `INSERT INTO sessions (rep_id, template_id, scheduled_at, status, started_at, completed_at, duration_seconds, pulse, check_in_text,
                           created_at, updated_at)
     VALUES (@repId, @templateId, @scheduledAt, @status, @startedAt, @completedAt, @durationSeconds, @pulse, @checkIn, @createdAt, @updatedAt)`
  )
  const checkIn = insert<CheckInInsert>(
    `INSERT INTO goal_checkins (goal_id, value, recorded_on, comment, rep_assessment, status, session_id, import_id, created_at)
     VALUES (@goalId, @value, @recordedOn, @comment, @repAssessment, @status, @sessionId, @importId, @createdAt)`
  )
  const agreement = insert<AgreementInsert>(
    `INSERT INTO agreements (rep_id, text, owner, due_date, status, done_on, missed_reason, created_in_session_id, reviewed_in_session_id,
                             created_on, created_at, updated_at)
     VALUES (@repId, @text, @owner, @dueDate, @status, @doneOn, @missedReason, @createdInSessionId, @reviewedInSessionId,
             @createdOn, @createdAt, @updatedAt)`
  )
  const agreementReview = insert<AgreementReviewInsert>(
    `INSERT INTO agreement_reviews (agreement_id, session_id, outcome, missed_reason, reviewed_at)
     VALUES (@agreementId, @sessionId, @outcome, @missedReason, @reviewedAt)`
  )
  const challenge = insert<ChallengeInsert>(
    `INSERT INTO challenges (rep_id, text, support_offered, status, raised_in_session_id, resolved_in_session_id, raised_on, resolved_on,
                             created_at, updated_at)
     VALUES (@repId, @text, @support, @status, @raisedInSessionId, @resolvedInSessionId, @raisedOn, @resolvedOn, @createdAt, @updatedAt)`
  )
  const challengeSession = insert<ChallengeSessionInsert>('INSERT INTO challenge_sessions (challenge_id, session_id, comment) VALUES (@challengeId, @sessionId, @comment)')
  const recognition = insert<RecognitionInsert>(
    `INSERT INTO recognitions (rep_id, session_id, goal_id, what, behaviour, recognized_on, created_at, updated_at)
     VALUES (@repId, @sessionId, @goalId, @what, @behaviour, @recognizedOn, @createdAt, @createdAt)`
  )
  const talkingPoint = insert<TalkingPointInsert>(
    `INSERT INTO talking_points (rep_id, text, raised_by, discussed_in_session_id, created_at, updated_at)
     VALUES (@repId, @text, @raisedBy, @discussedInSessionId, @createdAt, @updatedAt)`
  )
  const agendaOutcome = insert<AgendaOutcomeInsert>(
    'INSERT INTO agenda_outcomes (session_id, talking_point_id, outcome, decided_at) VALUES (@sessionId, @talkingPointId, @outcome, @decidedAt)'
  )
  const note = insert<Omit<NoteInsert, 'docJson' | 'plainText'>>(
    `INSERT INTO notes (session_id, kind, template_section_id, revision, created_at, updated_at)
     VALUES (@sessionId, @kind, NULL, @revision, @createdAt, @updatedAt)`
  )
  const noteBody = insert<{ noteId: number; docJson: string; plainText: string }>('INSERT INTO note_bodies (note_id, doc_json, plain_text) VALUES (@noteId, @docJson, @plainText)')

  return {
    rep: (row) => idOf(rep.run(row)),
    tag: (row) => void tag.run(row),
    goal: (row) => idOf(goal.run(row)),
    metricImport: (row) => idOf(metricImport.run(row)),
    session: (row) => idOf(session.run(row)),
    checkIn: (row) => void checkIn.run(row),
    agreement: (row) => idOf(agreement.run(row)),
    agreementReview: (row) => void agreementReview.run(row),
    challenge: (row) => idOf(challenge.run(row)),
    challengeSession: (row) => void challengeSession.run(row),
    recognition: (row) => void recognition.run(row),
    talkingPoint: (row) => idOf(talkingPoint.run(row)),
    agendaOutcome: (row) => void agendaOutcome.run(row),
    note: ({ docJson, plainText, ...row }) => {
      const noteId = idOf(note.run(row))
      noteBody.run({ noteId, docJson, plainText })
      return noteId
    }
  }
}

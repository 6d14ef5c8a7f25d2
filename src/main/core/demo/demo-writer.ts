// Writes a planned demo rep into the database, table by table. Runs inside the caller's
// transaction; ids are whatever SQLite assigns, so a fresh file always gets the same ones.
import type { Database, Statement } from 'better-sqlite3'
import type { RepPlan } from './demo-plan'
import { plainTextOf, type DocNode } from './tiptap'

type Insert = Statement<Record<string, unknown>>

export interface DemoStatements {
  rep: Insert
  tag: Insert
  goal: Insert
  session: Insert
  checkin: Insert
  agreement: Insert
  challenge: Insert
  challengeSession: Insert
  recognition: Insert
  talkingPoint: Insert
  agreementReview: Insert
  agendaOutcome: Insert
  note: Insert
  noteBody: Insert
}

export function prepareDemoStatements(db: Database): DemoStatements {
  const insert = (sql: string): Insert => db.prepare<Record<string, unknown>>(sql)
  return {
    rep: insert(
      `INSERT INTO reps (name, role, email, start_date, cadence, next_session_date, is_demo, created_at, updated_at)
       VALUES (@name, @role, @email, @startDate, @cadence, @nextSessionDate, 1, @createdAt, @updatedAt)`
    ),
    tag: insert('INSERT INTO rep_tags (rep_id, tag) VALUES (@repId, @tag)'),
    goal: insert(
      `INSERT INTO goals (rep_id, title, metric, unit, currency, baseline, target, due_date, period_kind, period_start, status,
                          created_at, updated_at)
       VALUES (@repId, @title, @metric, @unit, @currency, @baseline, @target, @dueDate, @periodKind, @periodStart, @status,
               @createdAt, @updatedAt)`
    ),
    session: insert(
      `INSERT INTO sessions (rep_id, template_id, scheduled_at, status, started_at, completed_at, duration_seconds, pulse,
                             check_in_text, created_at, updated_at)
       VALUES (@repId, @templateId, @scheduledAt, @status, @startedAt, @completedAt, @durationSeconds, @pulse,
               @checkIn, @createdAt, @updatedAt)`
    ),
    checkin: insert(
      `INSERT INTO goal_checkins (goal_id, value, recorded_on, comment, rep_assessment, status, session_id, created_at)
       VALUES (@goalId, @value, @recordedOn, @comment, @repAssessment, @status, @sessionId, @createdAt)`
    ),
    agreement: insert(
      `INSERT INTO agreements (rep_id, text, owner, due_date, status, done_on, missed_reason, created_in_session_id,
                               reviewed_in_session_id, created_on, created_at, updated_at)
       VALUES (@repId, @text, @owner, @dueDate, @status, @doneOn, @missedReason, @createdInSessionId,
               @reviewedInSessionId, @createdOn, @createdAt, @updatedAt)`
    ),
    challenge: insert(
      `INSERT INTO challenges (rep_id, text, support_offered, status, raised_in_session_id, resolved_in_session_id,
                               raised_on, resolved_on, created_at, updated_at)
       VALUES (@repId, @text, @support, @status, @raisedInSessionId, @resolvedInSessionId,
               @raisedOn, @resolvedOn, @createdAt, @updatedAt)`
    ),
    challengeSession: insert('INSERT INTO challenge_sessions (challenge_id, session_id, comment) VALUES (@challengeId, @sessionId, @comment)'),
    recognition: insert(
      `INSERT INTO recognitions (rep_id, session_id, goal_id, what, behaviour, recognized_on, created_at, updated_at)
       VALUES (@repId, @sessionId, @goalId, @what, @behaviour, @recognizedOn, @createdAt, @createdAt)`
    ),
    talkingPoint: insert(
      `INSERT INTO talking_points (rep_id, text, raised_by, discussed_in_session_id, created_at, updated_at)
       VALUES (@repId, @text, @raisedBy, @discussedInSessionId, @createdAt, @updatedAt)`
    ),
    agreementReview: insert(
      `INSERT INTO agreement_reviews (agreement_id, session_id, outcome, missed_reason, reviewed_at)
       VALUES (@agreementId, @sessionId, @outcome, @missedReason, @reviewedAt)`
    ),
    agendaOutcome: insert(
      `INSERT INTO agenda_outcomes (session_id, talking_point_id, outcome, decided_at)
       VALUES (@sessionId, @talkingPointId, 'discussed', @decidedAt)`
    ),
    note: insert(
      `INSERT INTO notes (session_id, kind, template_section_id, revision, created_at, updated_at)
       VALUES (@sessionId, @kind, NULL, 1, @createdAt, @updatedAt)`
    ),
    noteBody: insert('INSERT INTO note_bodies (note_id, doc_json, plain_text) VALUES (@noteId, @docJson, @plainText)')
  }
}

const idOf = (result: { lastInsertRowid: number | bigint }): number => Number(result.lastInsertRowid)

function writeNote(statements: DemoStatements, sessionId: number, kind: 'shared' | 'private', body: DocNode, createdAt: string, updatedAt: string): void {
  const noteId = idOf(statements.note.run({ sessionId, kind, createdAt, updatedAt }))
  statements.noteBody.run({ noteId, docJson: JSON.stringify(body), plainText: plainTextOf(body) })
}

/** Inserts one planned rep and everything that hangs off them. */
export function writeDemoRep(statements: DemoStatements, plan: RepPlan, options: { now: string; templateId: number | null }): void {
  const { story } = plan
  const repId = idOf(
    statements.rep.run({
      name: story.name,
      role: story.role,
      email: story.email,
      startDate: plan.startDate,
      cadence: story.cadence,
      nextSessionDate: plan.nextSessionDate,
      createdAt: plan.createdAt,
      updatedAt: options.now
    })
  )
  for (const tag of story.tags) statements.tag.run({ repId, tag })

  const goalIds = new Map<string, number>()
  for (const goal of plan.goals) {
    const id = idOf(
      statements.goal.run({
        repId,
        title: goal.story.title,
        metric: goal.story.metric,
        unit: goal.story.unit,
        currency: goal.story.currency ?? null,
        baseline: goal.story.baseline,
        target: goal.story.target,
        dueDate: goal.dueDate,
        periodKind: goal.periodStart ? 'custom' : null,
        periodStart: goal.periodStart,
        status: goal.story.status,
        createdAt: goal.createdAt,
        updatedAt: goal.updatedAt
      })
    )
    goalIds.set(goal.story.key, id)
  }

  // Sessions oldest first; sessionIds[ago] is the id of the 1:1 that many sessions back.
  const sessionIds: number[] = []
  for (const session of [...plan.sessions].reverse()) {
    sessionIds[session.ago] = idOf(
      statements.session.run({
        repId,
        templateId: options.templateId,
        scheduledAt: session.scheduledAt,
        status: 'completed',
        startedAt: session.startedAt,
        completedAt: session.completedAt,
        durationSeconds: session.durationSeconds,
        pulse: session.pulse,
        checkIn: session.checkIn,
        createdAt: session.createdAt,
        updatedAt: session.completedAt
      })
    )
  }
  const sessionId = (ago: number | null): number | null => (ago === null ? null : sessionIds[ago]!)
  if (plan.planned) {
    statements.session.run({
      repId,
      templateId: options.templateId,
      scheduledAt: plan.planned.scheduledAt,
      status: 'planned',
      startedAt: null,
      completedAt: null,
      durationSeconds: null,
      pulse: null,
      checkIn: '',
      createdAt: plan.planned.createdAt,
      updatedAt: plan.planned.createdAt
    })
  }

  for (const goal of plan.goals) {
    for (const checkin of goal.checkins) {
      statements.checkin.run({
        goalId: goalIds.get(goal.story.key)!,
        value: checkin.value,
        recordedOn: checkin.recordedOn,
        comment: checkin.comment,
        repAssessment: checkin.repAssessment,
        status: checkin.status,
        sessionId: sessionId(checkin.sessionAgo),
        createdAt: checkin.createdAt
      })
    }
  }

  const completedAt = new Map(plan.sessions.map((session) => [session.ago, session.completedAt]))
  for (const agreement of plan.agreements) {
    const agreementId = idOf(statements.agreement.run({
      repId,
      text: agreement.text,
      owner: agreement.owner,
      dueDate: agreement.dueDate,
      status: agreement.status,
      doneOn: agreement.doneOn,
      missedReason: agreement.missedReason,
      createdInSessionId: sessionId(agreement.sessionAgo),
      reviewedInSessionId: sessionId(agreement.reviewedAgo),
      createdOn: agreement.createdOn,
      createdAt: agreement.createdAt,
      updatedAt: agreement.updatedAt
    }))
    // Every later 1:1 reviewed it: carried forward while it stayed open, then its outcome.
    const closedAgo = agreement.status === 'open' ? null : agreement.reviewedAgo
    for (let ago = agreement.sessionAgo - 1; ago >= (closedAgo ?? 0); ago -= 1) {
      const closing = ago === closedAgo
      statements.agreementReview.run({
        agreementId,
        sessionId: sessionId(ago),
        outcome: closing ? agreement.status : 'carried_forward',
        missedReason: closing && agreement.status === 'missed' ? agreement.missedReason : '',
        reviewedAt: completedAt.get(ago) ?? agreement.updatedAt
      })
    }
  }

  for (const challenge of plan.challenges) {
    const challengeId = idOf(
      statements.challenge.run({
        repId,
        text: challenge.text,
        support: challenge.support,
        status: challenge.status,
        raisedInSessionId: sessionId(challenge.raisedAgo),
        resolvedInSessionId: sessionId(challenge.resolvedAgo),
        raisedOn: challenge.raisedOn,
        resolvedOn: challenge.resolvedOn,
        createdAt: challenge.createdAt,
        updatedAt: challenge.updatedAt
      })
    )
    for (const mention of challenge.mentions) {
      statements.challengeSession.run({ challengeId, sessionId: sessionId(mention.ago), comment: mention.comment })
    }
  }

  for (const recognition of plan.recognitions) {
    statements.recognition.run({
      repId,
      sessionId: sessionId(recognition.ago),
      goalId: recognition.goalKey === null ? null : (goalIds.get(recognition.goalKey) ?? null),
      what: recognition.what,
      behaviour: recognition.behaviour,
      recognizedOn: recognition.recognizedOn,
      createdAt: recognition.createdAt
    })
  }

  for (const point of plan.talkingPoints) {
    const talkingPointId = idOf(statements.talkingPoint.run({
      repId,
      text: point.text,
      raisedBy: point.raisedBy,
      discussedInSessionId: sessionId(point.discussedAgo),
      createdAt: point.createdAt,
      updatedAt: point.updatedAt
    }))
    if (point.discussedAgo !== null) {
      statements.agendaOutcome.run({ sessionId: sessionId(point.discussedAgo), talkingPointId, decidedAt: completedAt.get(point.discussedAgo) ?? point.updatedAt })
    }
  }

  for (const session of [...plan.sessions].reverse()) {
    const id = sessionId(session.ago)!
    writeNote(statements, id, 'shared', session.sharedNote, session.startedAt, session.completedAt)
    if (session.privateNote) writeNote(statements, id, 'private', session.privateNote, session.startedAt, session.completedAt)
  }
}

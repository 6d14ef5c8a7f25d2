// Writes a planned demo rep into the database, table by table. Runs inside the caller's
// transaction; ids are whatever SQLite assigns, so a fresh file always gets the same ones.
import type { BulkWriter } from '../db/bulk-writer'
import type { RepPlan } from './demo-plan'
import { plainTextOf, type DocNode } from './tiptap'

function writeNote(write: BulkWriter, sessionId: number, kind: 'shared' | 'private', body: DocNode, createdAt: string, updatedAt: string): void {
  write.note({ sessionId, kind, revision: 1, docJson: JSON.stringify(body), plainText: plainTextOf(body), createdAt, updatedAt })
}

/** Inserts one planned rep and everything that hangs off them. */
export function writeDemoRep(write: BulkWriter, plan: RepPlan, options: { now: string; templateId: number | null }): void {
  const { story } = plan
  const repId = write.rep({
    name: story.name,
    role: story.role,
    email: story.email,
    startDate: plan.startDate,
    cadence: story.cadence,
    nextSessionDate: plan.nextSessionDate,
    archivedAt: null,
    isDemo: 1,
    createdAt: plan.createdAt,
    updatedAt: options.now
  })
  for (const tag of story.tags) write.tag({ repId, tag })

  const goalIds = new Map<string, number>()
  for (const goal of plan.goals) {
    const id = write.goal({
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
        archivedAt: null,
        createdAt: goal.createdAt,
        updatedAt: goal.updatedAt
      })
    goalIds.set(goal.story.key, id)
  }

  // Sessions oldest first; sessionIds[ago] is the id of the 1:1 that many sessions back.
  const sessionIds: number[] = []
  for (const session of [...plan.sessions].reverse()) {
    sessionIds[session.ago] = write.session({
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
  }
  const sessionId = (ago: number | null): number | null => (ago === null ? null : sessionIds[ago]!)
  if (plan.planned) {
    write.session({
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
      write.checkIn({
        goalId: goalIds.get(goal.story.key)!,
        value: checkin.value,
        recordedOn: checkin.recordedOn,
        comment: checkin.comment,
        repAssessment: checkin.repAssessment,
        status: checkin.status,
        sessionId: sessionId(checkin.sessionAgo),
        importId: null,
        createdAt: checkin.createdAt
      })
    }
  }

  const completedAt = new Map(plan.sessions.map((session) => [session.ago, session.completedAt]))
  for (const agreement of plan.agreements) {
    const agreementId = write.agreement({
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
    })
    // Every later 1:1 reviewed it: carried forward while it stayed open, then its outcome.
    const closedAgo = agreement.status === 'open' ? null : agreement.reviewedAgo
    for (let ago = agreement.sessionAgo - 1; ago >= (closedAgo ?? 0); ago -= 1) {
      const closing = ago === closedAgo
      write.agreementReview({
        agreementId,
        sessionId: sessionId(ago),
        outcome: closing ? agreement.status : 'carried_forward',
        missedReason: closing && agreement.status === 'missed' ? agreement.missedReason : '',
        reviewedAt: completedAt.get(ago) ?? agreement.updatedAt
      })
    }
  }

  for (const challenge of plan.challenges) {
    const challengeId = write.challenge({
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
    for (const mention of challenge.mentions) {
      write.challengeSession({ challengeId, sessionId: sessionId(mention.ago), comment: mention.comment })
    }
  }

  for (const recognition of plan.recognitions) {
    write.recognition({
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
    const talkingPointId = write.talkingPoint({
      repId,
      text: point.text,
      raisedBy: point.raisedBy,
      discussedInSessionId: sessionId(point.discussedAgo),
      createdAt: point.createdAt,
      updatedAt: point.updatedAt
    })
    if (point.discussedAgo !== null) {
      write.agendaOutcome({ sessionId: sessionId(point.discussedAgo), talkingPointId, outcome: 'discussed', decidedAt: completedAt.get(point.discussedAgo) ?? point.updatedAt })
    }
  }

  for (const session of [...plan.sessions].reverse()) {
    const id = sessionId(session.ago)!
    writeNote(write, id, 'shared', session.sharedNote, session.startedAt, session.completedAt)
    if (session.privateNote) writeNote(write, id, 'private', session.privateNote, session.startedAt, session.completedAt)
  }
}

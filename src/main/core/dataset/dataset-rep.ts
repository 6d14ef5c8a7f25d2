// Writes one rep of the benchmark data set and their whole history: weekly 1:1s with check-ins,
// agreements and their reviews, challenges, recognition, talking points and notes.
import type { Owner, ReviewOutcome } from '@shared/domain'
import type { BulkWriter } from '../db/bulk-writer'
import { createPrng, type Prng } from '../demo/prng'
import { plainTextOf, type DocNode } from '../demo/tiptap'
import { addDays } from '../services/calendar'
import { GOAL_SPECS, goalStatus, goalValue, nextQuarter, quarterStart, type PlannedGoal } from './dataset-goals'
import {
  accountsFor,
  agreementText,
  challengeText,
  checkInLine,
  FIRST_NAMES,
  LAST_NAMES,
  privateNotes,
  recognitionText,
  ROLES,
  sharedNotes,
  TAGS,
  talkingPointText,
  type TextContext
} from './dataset-text'
import type { DatasetOptions, DatasetSummary } from './generate-dataset'

export const stamp = (date: string, time = '18:00') => `${date}T${time}:00.000Z`
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

function shuffled<T>(items: readonly T[], prng: Prng): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = prng.int(0, i)
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

const AGREEMENT_COUNTS = [2, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7]
const CHALLENGE_LENGTHS = [1, 2, 2, 2, 3, 3, 4, 5, 6, 8]
const MISSED = ['Ran out of time during forecast week.', 'A customer escalation took the week.', 'Out sick for two days.', 'Forgot; no calendar block for it.']
const TIMES = ['09:00', '09:30', '10:00', '11:00', '13:30', '14:00', '15:00', '16:30']

export interface RepContext {
  write: BulkWriter
  options: DatasetOptions
  templates: { standard: number; pipeline: number }
  importIdFor: (month: string) => number
  summary: DatasetSummary
  noteCounter: { value: number }
}

/** Writes one rep and their whole history. */
export function writeRep(context: RepContext, index: number): void {
  const { write, options, summary } = context
  const prng = createPrng(`${options.seed}:rep:${index}`)
  const first = FIRST_NAMES[index % FIRST_NAMES.length]!
  const last = LAST_NAMES[(index * 7 + Math.floor(index / FIRST_NAMES.length)) % LAST_NAMES.length]!
  const cadence = 'weekly'
  const interval = 7
  const time = TIMES[index % TIMES.length]!
  const archived = index % 25 === 24
  const text: TextContext = { prng, accounts: accountsFor(prng, 14), repFirstName: first }
  const managerShare = prng.chance(0.12) ? 0.6 : 0.12 + prng.next() * 0.2
  const droughtAtEnd = prng.chance(0.15)
  const pulseDropAtEnd = prng.chance(0.15)
  const scenarioRoll = prng.next()
  const scenario = archived ? 'archived' : scenarioRoll < 0.16 ? 'overdue' : scenarioRoll < 0.22 ? 'in_progress' : scenarioRoll < 0.6 ? 'planned' : 'open'

  // The 1:1 dates: weekly (or biweekly) on the rep's weekday, a few weeks skipped for holidays.
  const start = addDays(options.today, -Math.round(options.years * 365.25) - (index % 5))
  const end = archived ? addDays(options.today, -300) : scenario === 'overdue' ? addDays(options.today, -prng.int(10, 30)) : scenario === 'in_progress' ? addDays(options.today, -1) : options.today
  const dates: string[] = []
  for (let date = start; date <= end; date = addDays(date, interval)) if (!prng.chance(0.02)) dates.push(date)
  const lastDate = dates.at(-1) ?? start

  const createdAt = stamp(addDays(start, -7))
  const plannedDate = scenario === 'planned' ? addDays(options.today, prng.int(1, interval)) : null
  const nextSessionDate = plannedDate ?? addDays(lastDate, interval)
  const repId = write.rep({
      name: `${first} ${last}`,
      role: ROLES[index % ROLES.length]!,
      email: `${first}.${last}@example.com`.toLowerCase().normalize('NFD').replace(/[^\x20-\x7e]/g, ''),
      startDate: addDays(start, -prng.int(30, 400)),
      cadence,
      nextSessionDate,
      archivedAt: archived ? stamp(addDays(lastDate, 30)) : null,
      isDemo: 0,
      createdAt,
      updatedAt: stamp(lastDate)
    })
  summary.reps += 1
  write.tag({ repId, tag: TAGS[index % TAGS.length]! })
  if (prng.chance(0.5)) write.tag({ repId, tag: TAGS[(index * 3 + 1) % TAGS.length]! })

  // Goals: two or three a quarter; past quarters archived with their final status.
  const goals: PlannedGoal[] = []
  for (let quarter = quarterStart(start); quarter <= lastDate; quarter = nextQuarter(quarter)) {
    const quarterEnd = addDays(nextQuarter(quarter), -1)
    const specs = shuffled(GOAL_SPECS, prng).slice(0, prng.chance(0.3) ? 3 : 2)
    for (const spec of specs) {
      const baseline = spec.baseline(prng)
      const unmeasurable = prng.chance(0.08)
      const target = unmeasurable ? null : spec.target(prng, baseline)
      const goal: PlannedGoal = { id: 0, start: quarter, end: quarterEnd, baseline, target, pace: 0.7 + prng.next() * 0.5, unit: spec.unit, active: quarterEnd >= options.today && !archived }
      const finalValue = goalValue(goal, goal.active ? options.today : quarterEnd, prng)
      const finalStatus = goal.active ? goalStatus(goal, finalValue, options.today) : target !== null && finalValue >= target ? 'achieved' : 'off_track'
      goal.id = write.goal({
          repId,
          title: spec.title(target ?? Math.round(baseline * 1.3 + 10)),
          metric: spec.metric,
          unit: spec.unit,
          currency: spec.unit === 'currency' ? 'USD' : null,
          baseline,
          target,
          dueDate: quarterEnd,
          periodKind: 'quarter',
          periodStart: quarter,
          status: finalStatus === 'achieved' && goal.active ? 'on_track' : finalStatus,
          archivedAt: goal.active ? null : stamp(addDays(quarterEnd, 7)),
          createdAt: stamp(quarter, '08:00'),
          updatedAt: stamp(goal.active ? options.today : quarterEnd)
        })
      summary.goals += 1
      goals.push(goal)
      // Monthly CRM imports: a value at each month end within the quarter.
      for (let month = quarter; month <= quarterEnd && month <= lastDate; month = addDays(month, 31).slice(0, 8) + '01') {
        const monthEnd = addDays(addDays(month, 31).slice(0, 8) + '01', -1)
        if (monthEnd > options.today) break
        write.checkIn({ goalId: goal.id, value: goalValue(goal, monthEnd, prng), recordedOn: monthEnd, comment: '', repAssessment: '', status: null, sessionId: null, importId: context.importIdFor(monthEnd.slice(0, 7)), createdAt: stamp(monthEnd) })
        summary.checkIns += 1
      }
    }
  }

  // Sessions first, so that agreements and challenges can point at later ones.
  const sessionIds: number[] = []
  let pulse = prng.int(3, 4)
  dates.forEach((date, position) => {
    pulse = clamp(pulse + prng.pick([-1, 0, 0, 0, 1]), 1, 5)
    const fromEnd = dates.length - 1 - position
    const shownPulse = pulseDropAtEnd && fromEnd < 3 ? [2, 3, 4][fromEnd]! : prng.chance(0.05) ? null : pulse
    const duration = prng.int(1500, 2700)
    const startedAt = stamp(date, time)
    sessionIds.push(
      write.session({
          repId,
          templateId: prng.chance(0.85) ? context.templates.standard : context.templates.pipeline,
          scheduledAt: `${date}T${time}`,
          status: 'completed',
          startedAt,
          completedAt: new Date(Date.parse(startedAt) + duration * 1000).toISOString(),
          durationSeconds: duration,
          pulse: shownPulse,
          checkIn: prng.chance(0.9) ? checkInLine(text) : '',
          createdAt: stamp(addDays(date, -interval)),
          updatedAt: stamp(date, time)
        })
    )
  })
  summary.sessions += dates.length
  summary.completedSessions += dates.length
  // Only ever asked for a position that was held.
  const sessionAt = (position: number): number => sessionIds[position]!
  const dateAt = (position: number): string => dates[position]!

  if (scenario === 'in_progress' || plannedDate) {
    const date = plannedDate ?? options.today
    write.session({
      repId,
      templateId: context.templates.standard,
      scheduledAt: `${date}T${time}`,
      status: plannedDate ? 'planned' : 'in_progress',
      startedAt: plannedDate ? null : stamp(date, time),
      completedAt: null,
      durationSeconds: null,
      pulse: null,
      checkIn: '',
      createdAt: stamp(lastDate),
      updatedAt: stamp(lastDate)
    })
    summary.sessions += 1
  }

  let openChallengeUntil = -1
  dates.forEach((date, position) => {
    const sessionId = sessionAt(position)
    const at = stamp(date, time)
    const fromEnd = dates.length - 1 - position

    // Goal check-ins of the goals running on this date.
    for (const goal of goals) {
      if (date < goal.start || date > goal.end || !prng.chance(0.85)) continue
      const value = goalValue(goal, date, prng)
      write.checkIn({ goalId: goal.id, value, recordedOn: date, comment: prng.chance(0.4) ? 'Steady progress; the next step depends on two deals.' : '', repAssessment: '', status: goalStatus(goal, value, date), sessionId, importId: null, createdAt: at })
      summary.checkIns += 1
    }

    // Agreements, reviewed in the following 1:1s.
    const count = prng.pick(AGREEMENT_COUNTS)
    for (let n = 0; n < count; n++) {
      const owner: Owner = prng.chance(managerShare) ? 'manager' : 'rep'
      const roll = prng.next()
      const dueDate = roll < 0.04 ? null : roll < 0.1 ? addDays(date, interval * 2) : addDays(date, interval)
      const reviews: Array<{ position: number; outcome: ReviewOutcome }> = []
      const outcome = prng.next()
      const final: ReviewOutcome = outcome < 0.8 ? 'done' : outcome < 0.9 ? 'missed' : outcome < 0.95 ? 'dropped' : 'carried_forward'
      const carries = final === 'carried_forward' ? prng.int(1, 3) : prng.chance(0.1) ? 1 : 0
      for (let step = 1; step <= carries; step++) reviews.push({ position: position + step, outcome: 'carried_forward' })
      if (final !== 'carried_forward') reviews.push({ position: position + carries + 1, outcome: final })
      else reviews.push({ position: position + carries + 1, outcome: prng.chance(0.7) ? 'done' : 'missed' })
      const held = reviews.filter((review) => review.position < dates.length)
      const closing = held.at(-1)?.outcome !== 'carried_forward' ? held.at(-1) : undefined
      const status = closing ? (closing.outcome as 'done' | 'missed' | 'dropped') : 'open'
      const agreementId = write.agreement({
          repId,
          text: agreementText(text, owner),
          owner,
          dueDate,
          status,
          doneOn: status === 'done' ? dateAt(closing!.position) : null,
          missedReason: status === 'missed' ? prng.pick(MISSED) : '',
          createdInSessionId: sessionId,
          reviewedInSessionId: held.length > 0 ? sessionAt(held.at(-1)!.position) : null,
          createdOn: date,
          createdAt: at,
          updatedAt: held.length > 0 ? stamp(dateAt(held.at(-1)!.position), time) : at
        })
      summary.agreements += 1
      for (const review of held) {
        write.agreementReview({ agreementId, sessionId: sessionAt(review.position), outcome: review.outcome, missedReason: review.outcome === 'missed' ? 'See the agreement.' : '', reviewedAt: stamp(dateAt(review.position), time) })
        summary.agreementReviews += 1
      }
    }

    // Challenges: sometimes a new one, linked to every 1:1 it comes up in until resolved.
    if (prng.chance(position > openChallengeUntil ? 0.22 : 0.08)) {
      const length = prng.pick(CHALLENGE_LENGTHS)
      const lastPosition = position + length - 1
      const resolved = lastPosition < dates.length - 1 || (lastPosition === dates.length - 1 && prng.chance(0.5))
      const body = challengeText(text)
      const challengeId = write.challenge({
          repId,
          text: body.text,
          support: body.support,
          status: resolved ? 'resolved' : 'open',
          raisedInSessionId: sessionId,
          resolvedInSessionId: resolved ? sessionAt(lastPosition) : null,
          raisedOn: date,
          resolvedOn: resolved ? dateAt(lastPosition) : null,
          createdAt: at,
          updatedAt: at
        })
      summary.challenges += 1
      for (let p = position; p <= Math.min(lastPosition, dates.length - 1); p++) write.challengeSession({ challengeId, sessionId: sessionAt(p), comment: '' })
      openChallengeUntil = Math.max(openChallengeUntil, lastPosition)
    }

    // Recognition in about half the 1:1s (none lately for a rep in a drought).
    if (!(droughtAtEnd && fromEnd < 6) && prng.chance(0.55)) {
      const times = prng.chance(0.1) ? 2 : 1
      for (let n = 0; n < times; n++) {
        const body = recognitionText(text)
        const goal = goals.find((candidate) => candidate.start <= date && date <= candidate.end)
        write.recognition({ repId, sessionId, goalId: goal && prng.chance(0.3) ? goal.id : null, what: body.what, behaviour: body.behaviour, recognizedOn: date, createdAt: at })
        summary.recognitions += 1
      }
    }

    // Talking points jotted since the last 1:1, discussed here (a few carried over once first).
    for (let n = prng.int(0, 2); n > 0; n--) {
      const carried = position > 0 && prng.chance(0.1)
      const raisedOn = addDays(date, carried ? -interval - 2 : -2)
      const talkingPointId = write.talkingPoint({ repId, text: talkingPointText(text), raisedBy: prng.chance(0.4) ? 'rep' : 'manager', discussedInSessionId: sessionId, createdAt: stamp(raisedOn, '12:00'), updatedAt: at })
      if (carried) write.agendaOutcome({ sessionId: sessionAt(position - 1), talkingPointId, outcome: 'carried_over', decidedAt: stamp(dateAt(position - 1), time) })
      write.agendaOutcome({ sessionId, talkingPointId, outcome: 'discussed', decidedAt: at })
      summary.talkingPoints += 1
    }

    // Notes: shared nearly always, private about half the time.
    const writeNote = (kind: 'shared' | 'private', body: DocNode) => {
      write.note({ sessionId, kind, revision: prng.int(3, 40), docJson: JSON.stringify(body), plainText: plainTextOf(body), createdAt: at, updatedAt: at })
      summary.notes += 1
    }
    if (prng.chance(0.96)) {
      context.noteCounter.value += 1
      const plant = context.noteCounter.value % 1500 === 700
      if (plant) summary.rareWordNotes += 1
      writeNote('shared', sharedNotes(text, { plantRareWord: plant }))
    }
    if (prng.chance(0.45)) writeNote('private', privateNotes(text))
  })

  // Points waiting for the next 1:1.
  if (!archived) {
    for (let n = prng.int(0, 3); n > 0; n--) {
      write.talkingPoint({ repId, text: talkingPointText(text), raisedBy: prng.chance(0.5) ? 'rep' : 'manager', discussedInSessionId: null, createdAt: stamp(addDays(lastDate, 2), '12:00'), updatedAt: stamp(addDays(lastDate, 2), '12:00') })
      summary.talkingPoints += 1
    }
  }
}

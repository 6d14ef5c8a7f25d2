// Generates a deterministic benchmark database: N reps × Y years of weekly 1:1s with goals,
// check-ins (from 1:1s and monthly imports), agreements of both owners (most done, some missed,
// dropped, carried forward or still open), challenges linked across 1:1s, recognition, talking
// points, and shared and private notes of realistic length. The same options always write the
// same rows. Everything is written with prepared statements in one transaction.
// Used by `kept generate` and `npm run bench` (scripts/generate-dataset.ts is a thin wrapper).
import { existsSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Database, Statement } from 'better-sqlite3'
import { openDatabase } from '../db/open-database'
import { createPrng, type Prng } from '../demo/prng'
import { plainTextOf, type DocNode } from '../demo/tiptap'
import { addDays, daysBetween } from '../services/calendar'
import type { GoalStatus, GoalUnit, Owner, ReviewOutcome } from '../../../shared/domain'
import {
  accountsFor,
  agreementText,
  challengeText,
  checkInLine,
  COMMON_WORD,
  FIRST_NAMES,
  LAST_NAMES,
  privateNotes,
  RARE_WORD,
  recognitionText,
  ROLES,
  sharedNotes,
  TAGS,
  talkingPointText,
  type TextContext
} from './dataset-text'

export interface DatasetOptions {
  reps: number
  years: number
  seed: string
  /** The data set's "today" ('YYYY-MM-DD'): the last 1:1s happen around it. */
  today: string
}

export const DATASET_DEFAULTS: DatasetOptions = { reps: 50, years: 5, seed: 'kept-benchmark', today: '2026-06-15' }
export const DATASET_SEARCH_WORDS = { common: COMMON_WORD, rare: RARE_WORD } as const

/** The problem with these options in a plain sentence, or null when they can be generated. */
export function datasetOptionsProblem(options: DatasetOptions): string | null {
  if (!Number.isInteger(options.reps) || options.reps < 1 || options.reps > 10_000) return 'The number of reps must be a whole number from 1 to 10000.'
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > 30) return 'The number of years must be a whole number from 1 to 30.'
  if (options.seed.length === 0) return 'The seed must not be empty.'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || Number.isNaN(Date.parse(options.today))) return `"${options.today}" is not a date like 2026-06-15.`
  return null
}

export function defaultDatasetPath(options: Pick<DatasetOptions, 'reps' | 'years'>): string {
  return resolve('.cache', 'datasets', `kept-${options.reps}x${options.years}.sqlite`)
}

export interface DatasetSummary {
  reps: number
  sessions: number
  completedSessions: number
  agreements: number
  agreementReviews: number
  goals: number
  checkIns: number
  challenges: number
  recognitions: number
  talkingPoints: number
  notes: number
  rareWordNotes: number
}

type Insert = Statement<Record<string, unknown>>

function prepare(db: Database) {
  const insert = (sql: string): Insert => db.prepare<Record<string, unknown>>(sql)
  return {
    rep: insert(
      `INSERT INTO reps (name, role, email, start_date, cadence, next_session_date, archived_at, created_at, updated_at)
       VALUES (@name, @role, @email, @startDate, @cadence, @nextSessionDate, @archivedAt, @createdAt, @updatedAt)`
    ),
    tag: insert('INSERT OR IGNORE INTO rep_tags (rep_id, tag) VALUES (@repId, @tag)'),
    goal: insert(
      `INSERT INTO goals (rep_id, title, metric, unit, currency, baseline, target, due_date, period_kind, period_start, status, archived_at,
                          created_at, updated_at)
       VALUES (@repId, @title, @metric, @unit, @currency, @baseline, @target, @dueDate, 'quarter', @periodStart, @status, @archivedAt,
               @createdAt, @updatedAt)`
    ),
    importRun: insert(
      `INSERT INTO metric_imports (source_name, file_name, header_signature, column_mapping, rows_imported, imported_at)
       VALUES ('Salesforce', @fileName, 'account,owner,metric,value,date', '{"value":"value","date":"date"}', @rows, @importedAt)`
    ),
    session: insert(
      `INSERT INTO sessions (rep_id, template_id, scheduled_at, status, started_at, completed_at, duration_seconds, pulse, check_in_text,
                             created_at, updated_at)
       VALUES (@repId, @templateId, @scheduledAt, @status, @startedAt, @completedAt, @durationSeconds, @pulse, @checkIn, @createdAt, @updatedAt)`
    ),
    checkIn: insert(
      `INSERT INTO goal_checkins (goal_id, value, recorded_on, comment, rep_assessment, status, session_id, import_id, created_at)
       VALUES (@goalId, @value, @recordedOn, @comment, '', @status, @sessionId, @importId, @createdAt)`
    ),
    agreement: insert(
      `INSERT INTO agreements (rep_id, text, owner, due_date, status, done_on, missed_reason, created_in_session_id, reviewed_in_session_id,
                               created_on, created_at, updated_at)
       VALUES (@repId, @text, @owner, @dueDate, @status, @doneOn, @missedReason, @createdInSessionId, @reviewedInSessionId,
               @createdOn, @createdAt, @updatedAt)`
    ),
    review: insert(
      `INSERT INTO agreement_reviews (agreement_id, session_id, outcome, missed_reason, reviewed_at)
       VALUES (@agreementId, @sessionId, @outcome, @missedReason, @reviewedAt)`
    ),
    challenge: insert(
      `INSERT INTO challenges (rep_id, text, support_offered, status, raised_in_session_id, resolved_in_session_id, raised_on, resolved_on,
                               created_at, updated_at)
       VALUES (@repId, @text, @support, @status, @raisedInSessionId, @resolvedInSessionId, @raisedOn, @resolvedOn, @createdAt, @updatedAt)`
    ),
    challengeSession: insert('INSERT INTO challenge_sessions (challenge_id, session_id) VALUES (@challengeId, @sessionId)'),
    recognition: insert(
      `INSERT INTO recognitions (rep_id, session_id, goal_id, what, behaviour, recognized_on, created_at, updated_at)
       VALUES (@repId, @sessionId, @goalId, @what, @behaviour, @recognizedOn, @createdAt, @createdAt)`
    ),
    talkingPoint: insert(
      `INSERT INTO talking_points (rep_id, text, raised_by, discussed_in_session_id, created_at, updated_at)
       VALUES (@repId, @text, @raisedBy, @discussedInSessionId, @createdAt, @updatedAt)`
    ),
    agendaOutcome: insert(
      `INSERT INTO agenda_outcomes (session_id, talking_point_id, outcome, decided_at) VALUES (@sessionId, @pointId, @outcome, @decidedAt)`
    ),
    note: insert(
      `INSERT INTO notes (session_id, kind, template_section_id, revision, created_at, updated_at)
       VALUES (@sessionId, @kind, NULL, @revision, @createdAt, @createdAt)`
    ),
    noteBody: insert('INSERT INTO note_bodies (note_id, doc_json, plain_text) VALUES (@noteId, @docJson, @plainText)')
  }
}
type Statements = ReturnType<typeof prepare>

const idOf = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid)
const stamp = (date: string, time = '18:00') => `${date}T${time}:00.000Z`
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

interface GoalSpec {
  title: (target: number) => string
  metric: string
  unit: GoalUnit
  /** Value at the start of the quarter; cumulative goals start from 0. */
  baseline: (prng: Prng) => number
  target: (prng: Prng, baseline: number) => number
}
const k = (value: number) => `$${Math.round(value / 1000)}k`
const GOAL_SPECS: GoalSpec[] = [
  { title: (t) => `Close ${k(t)} new ARR this quarter`, metric: 'Closed-won new ARR', unit: 'currency', baseline: () => 0, target: (p) => p.int(12, 40) * 10_000 },
  { title: (t) => `Build ${k(t)} of qualified pipeline`, metric: 'Qualified pipeline created', unit: 'currency', baseline: () => 0, target: (p) => p.int(30, 90) * 10_000 },
  { title: (t) => `Hold ${t} first discovery calls`, metric: 'Discovery calls held', unit: 'count', baseline: () => 0, target: (p) => p.int(25, 60) },
  { title: (t) => `Deliver ${t} demos`, metric: 'Demos delivered', unit: 'count', baseline: () => 0, target: (p) => p.int(12, 35) },
  { title: (t) => `Lift win rate to ${t}%`, metric: 'Win rate', unit: 'percent', baseline: (p) => p.int(14, 22), target: (p, b) => b + p.int(3, 8) },
  { title: (t) => `Multi-thread ${t} key accounts`, metric: 'Accounts with 3+ contacts', unit: 'count', baseline: () => 0, target: (p) => p.int(5, 12) }
]

interface PlannedGoal {
  id: number
  start: string
  end: string
  baseline: number
  target: number | null
  pace: number
  unit: GoalUnit
  active: boolean
}

/** The goal's value on `date`: a noisy line from the baseline towards (or past, or short of) the target. */
function goalValue(goal: PlannedGoal, date: string, prng: Prng): number {
  const span = Math.max(1, daysBetween(goal.start, goal.end))
  const fraction = clamp(daysBetween(goal.start, date) / span, 0, 1)
  const reach = (goal.target ?? goal.baseline * 1.3 + 10) - goal.baseline
  const raw = goal.baseline + reach * goal.pace * fraction * (0.92 + prng.next() * 0.16)
  return goal.unit === 'percent' ? Math.round(raw * 10) / 10 : Math.max(0, Math.round(raw))
}

function goalStatus(goal: PlannedGoal, value: number, date: string): GoalStatus {
  if (goal.target === null) return 'on_track'
  if (value >= goal.target) return 'achieved'
  const span = Math.max(1, daysBetween(goal.start, goal.end))
  const expected = goal.baseline + (goal.target - goal.baseline) * clamp(daysBetween(goal.start, date) / span, 0.05, 1)
  const ratio = (value - goal.baseline) / Math.max(1e-9, expected - goal.baseline)
  return ratio >= 0.95 ? 'on_track' : ratio >= 0.8 ? 'at_risk' : 'off_track'
}

function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7))
  return `${date.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`
}
function nextQuarter(start: string): string {
  const year = Number(start.slice(0, 4))
  const month = Number(start.slice(5, 7)) + 3
  return month > 12 ? `${year + 1}-${String(month - 12).padStart(2, '0')}-01` : `${year}-${String(month).padStart(2, '0')}-01`
}

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

interface RepContext {
  statements: Statements
  options: DatasetOptions
  templates: { standard: number; pipeline: number }
  importIdFor: (month: string) => number
  summary: DatasetSummary
  noteCounter: { value: number }
}

/** Writes one rep and their whole history. */
function writeRep(context: RepContext, index: number): void {
  const { statements: s, options, summary } = context
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
  const repId = idOf(
    s.rep.run({
      name: `${first} ${last}`,
      role: ROLES[index % ROLES.length],
      email: `${first}.${last}@example.com`.toLowerCase().normalize('NFD').replace(/[^\x20-\x7e]/g, ''),
      startDate: addDays(start, -prng.int(30, 400)),
      cadence,
      nextSessionDate,
      archivedAt: archived ? stamp(addDays(lastDate, 30)) : null,
      createdAt,
      updatedAt: stamp(lastDate)
    })
  )
  summary.reps += 1
  s.tag.run({ repId, tag: TAGS[index % TAGS.length] })
  if (prng.chance(0.5)) s.tag.run({ repId, tag: TAGS[(index * 3 + 1) % TAGS.length] })

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
      goal.id = idOf(
        s.goal.run({
          repId,
          title: spec.title(target ?? Math.round(baseline * 1.3 + 10)),
          metric: spec.metric,
          unit: spec.unit,
          currency: spec.unit === 'currency' ? 'USD' : null,
          baseline,
          target,
          dueDate: quarterEnd,
          periodStart: quarter,
          status: finalStatus === 'achieved' && goal.active ? 'on_track' : finalStatus,
          archivedAt: goal.active ? null : stamp(addDays(quarterEnd, 7)),
          createdAt: stamp(quarter, '08:00'),
          updatedAt: stamp(goal.active ? options.today : quarterEnd)
        })
      )
      summary.goals += 1
      goals.push(goal)
      // Monthly CRM imports: a value at each month end within the quarter.
      for (let month = quarter; month <= quarterEnd && month <= lastDate; month = addDays(month, 31).slice(0, 8) + '01') {
        const monthEnd = addDays(addDays(month, 31).slice(0, 8) + '01', -1)
        if (monthEnd > options.today) break
        s.checkIn.run({ goalId: goal.id, value: goalValue(goal, monthEnd, prng), recordedOn: monthEnd, comment: '', status: null, sessionId: null, importId: context.importIdFor(monthEnd.slice(0, 7)), createdAt: stamp(monthEnd) })
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
      idOf(
        s.session.run({
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
    )
  })
  summary.sessions += dates.length
  summary.completedSessions += dates.length
  const sessionAt = (position: number) => sessionIds[position]
  const dateAt = (position: number) => dates[position]

  if (scenario === 'in_progress' || plannedDate) {
    const date = plannedDate ?? options.today
    s.session.run({
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
    const sessionId = sessionAt(position)!
    const at = stamp(date, time)
    const fromEnd = dates.length - 1 - position

    // Goal check-ins of the goals running on this date.
    for (const goal of goals) {
      if (date < goal.start || date > goal.end || !prng.chance(0.85)) continue
      const value = goalValue(goal, date, prng)
      s.checkIn.run({ goalId: goal.id, value, recordedOn: date, comment: prng.chance(0.4) ? 'Steady progress; the next step depends on two deals.' : '', status: goalStatus(goal, value, date), sessionId, importId: null, createdAt: at })
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
      const agreementId = idOf(
        s.agreement.run({
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
          updatedAt: held.length > 0 ? stamp(dateAt(held.at(-1)!.position)!, time) : at
        })
      )
      summary.agreements += 1
      for (const review of held) {
        s.review.run({ agreementId, sessionId: sessionAt(review.position), outcome: review.outcome, missedReason: review.outcome === 'missed' ? 'See the agreement.' : '', reviewedAt: stamp(dateAt(review.position)!, time) })
        summary.agreementReviews += 1
      }
    }

    // Challenges: sometimes a new one, linked to every 1:1 it comes up in until resolved.
    if (prng.chance(position > openChallengeUntil ? 0.22 : 0.08)) {
      const length = prng.pick(CHALLENGE_LENGTHS)
      const lastPosition = position + length - 1
      const resolved = lastPosition < dates.length - 1 || (lastPosition === dates.length - 1 && prng.chance(0.5))
      const body = challengeText(text)
      const challengeId = idOf(
        s.challenge.run({
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
      )
      summary.challenges += 1
      for (let p = position; p <= Math.min(lastPosition, dates.length - 1); p++) s.challengeSession.run({ challengeId, sessionId: sessionAt(p) })
      openChallengeUntil = Math.max(openChallengeUntil, lastPosition)
    }

    // Recognition in about half the 1:1s (none lately for a rep in a drought).
    if (!(droughtAtEnd && fromEnd < 6) && prng.chance(0.55)) {
      const times = prng.chance(0.1) ? 2 : 1
      for (let n = 0; n < times; n++) {
        const body = recognitionText(text)
        const goal = goals.find((candidate) => candidate.start <= date && date <= candidate.end)
        s.recognition.run({ repId, sessionId, goalId: goal && prng.chance(0.3) ? goal.id : null, what: body.what, behaviour: body.behaviour, recognizedOn: date, createdAt: at })
        summary.recognitions += 1
      }
    }

    // Talking points jotted since the last 1:1, discussed here (a few carried over once first).
    for (let n = prng.int(0, 2); n > 0; n--) {
      const carried = position > 0 && prng.chance(0.1)
      const raisedOn = addDays(date, carried ? -interval - 2 : -2)
      const pointId = idOf(s.talkingPoint.run({ repId, text: talkingPointText(text), raisedBy: prng.chance(0.4) ? 'rep' : 'manager', discussedInSessionId: sessionId, createdAt: stamp(raisedOn, '12:00'), updatedAt: at }))
      if (carried) s.agendaOutcome.run({ sessionId: sessionAt(position - 1), pointId, outcome: 'carried_over', decidedAt: stamp(dateAt(position - 1)!, time) })
      s.agendaOutcome.run({ sessionId, pointId, outcome: 'discussed', decidedAt: at })
      summary.talkingPoints += 1
    }

    // Notes: shared nearly always, private about half the time.
    const write = (kind: 'shared' | 'private', body: DocNode) => {
      const noteId = idOf(s.note.run({ sessionId, kind, revision: prng.int(3, 40), createdAt: at }))
      s.noteBody.run({ noteId, docJson: JSON.stringify(body), plainText: plainTextOf(body) })
      summary.notes += 1
    }
    if (prng.chance(0.96)) {
      context.noteCounter.value += 1
      const plant = context.noteCounter.value % 1500 === 700
      if (plant) summary.rareWordNotes += 1
      write('shared', sharedNotes(text, { plantRareWord: plant }))
    }
    if (prng.chance(0.45)) write('private', privateNotes(text))
  })

  // Points waiting for the next 1:1.
  if (!archived) {
    for (let n = prng.int(0, 3); n > 0; n--) {
      s.talkingPoint.run({ repId, text: talkingPointText(text), raisedBy: prng.chance(0.5) ? 'rep' : 'manager', discussedInSessionId: null, createdAt: stamp(addDays(lastDate, 2), '12:00'), updatedAt: stamp(addDays(lastDate, 2), '12:00') })
      summary.talkingPoints += 1
    }
  }
}

/** Writes the whole data set into `db` (a freshly migrated Kept database) in one transaction. */
export function generateDataset(db: Database, options: DatasetOptions): DatasetSummary {
  const summary: DatasetSummary = {
    reps: 0,
    sessions: 0,
    completedSessions: 0,
    agreements: 0,
    agreementReviews: 0,
    goals: 0,
    checkIns: 0,
    challenges: 0,
    recognitions: 0,
    talkingPoints: 0,
    notes: 0,
    rareWordNotes: 0
  }
  db.transaction(() => {
    const statements = prepare(db)
    const templateId = (name: string) => (db.prepare('SELECT id FROM templates WHERE name = ?').pluck().get(name) as number | undefined) ?? null
    const standard = templateId('Accountability 1:1')
    const pipeline = templateId('Pipeline review') ?? standard
    if (standard === null || pipeline === null) throw new Error('The built-in templates are missing: is this a fresh Kept database?')
    const imports = new Map<string, number>()
    const importIdFor = (month: string) => {
      let id = imports.get(month)
      if (id === undefined) {
        id = idOf(statements.importRun.run({ fileName: `salesforce-${month}.csv`, rows: options.reps * 3, importedAt: stamp(`${month}-28`) }))
        imports.set(month, id)
      }
      return id
    }
    const context: RepContext = { statements, options, templates: { standard, pipeline }, importIdFor, summary, noteCounter: { value: 0 } }
    for (let index = 0; index < options.reps; index++) writeRep(context, index)
  })()
  return summary
}

/** Creates (replacing) a data set file at `path`. */
export function createDatasetFile(path: string, options: DatasetOptions): { summary: DatasetSummary; ms: number; bytes: number } {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
  const started = performance.now()
  const kept = openDatabase(path, { backupDir: resolve(path, '..', 'backups') })
  try {
    const summary = generateDataset(kept.db, options)
    kept.db.pragma('wal_checkpoint(TRUNCATE)')
    return { summary, ms: performance.now() - started, bytes: existsSync(path) ? statSync(path).size : 0 }
  } finally {
    kept.close()
  }
}

/** The summary as aligned "name  count" lines, for the command line. */
export function formatDatasetSummary(summary: DatasetSummary): string {
  const labels: Record<keyof DatasetSummary, string> = {
    reps: 'reps',
    sessions: '1:1s',
    completedSessions: 'completed 1:1s',
    agreements: 'agreements',
    agreementReviews: 'agreement reviews',
    goals: 'goals',
    checkIns: 'goal check-ins',
    challenges: 'challenges',
    recognitions: 'recognitions',
    talkingPoints: 'talking points',
    notes: 'notes',
    rareWordNotes: `notes with "${RARE_WORD}"`
  }
  return (Object.keys(labels) as Array<keyof DatasetSummary>).map((key) => `  ${labels[key].padEnd(22)} ${summary[key].toLocaleString('en-US')}`).join('\n')
}

// The pre-meeting brief: the last 1:1 in three lines, open and overdue agreements of both owners,
// goal movement since the last 1:1, open and recurring challenges, days since recognition, the
// pulse trend, nudges, waiting talking points, and talking points suggested from all of these.
import type {
  BriefAgreement,
  BriefChallenge,
  BriefLastSession,
  GoalMovement,
  GoalStatus,
  GoalUnit,
  Nudge,
  PulsePoint,
  Rep,
  RepBrief,
  SuggestedTalkingPoint,
  TalkingPoint
} from '@shared/domain'
import type { Database } from 'better-sqlite3'
import { todayOf } from '../clock'
import { notFound } from '../errors'
import { toAgreement } from '../repositories/agreements-repository'
import { listOpenChallengesOfRep } from '../repositories/challenges-repository'
import { listActiveGoalsForRep } from '../repositories/goals-repository'
import { listOpenAgreementsWithCarry, listRecentCompletedSessionsOfRep, type RecentCompletedSession } from '../repositories/history-repository'
import { findRepHeader, listNudgeDismissals } from '../repositories/overview-repository'
import { repFromRow } from '../repositories/reps-repository'
import { findLastCompletedSession } from '../repositories/sessions-repository'
import { listOpenTalkingPointsOfRep } from './agenda'
import { daysBetween } from './calendar'
import { followThroughWindow, loadRepFollowThrough } from './follow-through'
import { missingGoalFields } from '@shared/goal-rules'
import { firstName, nextSessionStatus, NUDGE_LOOKBACK_SESSIONS, NUDGE_THRESHOLDS, nudgesOfRep, quote, type RepNudgeFacts } from './nudges'
import { plural } from '@shared/words'
import { firstLines } from './plain-text'
import type { ServiceContext } from './service-context'

/** What the brief shows and how many suggestions it derives, in one place. */
export const BRIEF_LIMITS = {
  summaryLines: 3,
  summaryChars: 300,
  pulseTrendSessions: 8,
  maxSuggestions: 10,
  /** Overdue agreements named one by one (the manager's first); the rest are counted. */
  maxFollowUps: 3,
  maxGoalSuggestions: 2,
  maxChallengeSuggestions: 2,
  maxRepTalkingPoints: 2,
  /** A drop of this many points over the last `pulseDropSessions` 1:1s is worth asking about… */
  pulseDropPoints: 2,
  pulseDropSessions: 3,
  /** …and so is a last pulse at or below this. */
  lowPulse: 2
} as const

const STATUS_WORDS: Record<GoalStatus, string> = {
  on_track: 'on track',
  at_risk: 'at risk',
  off_track: 'off track',
  achieved: 'achieved',
  dropped: 'dropped'
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
export function formatGoalValue(value: number, unit: GoalUnit | null): string {
  return unit === 'percent' ? `${numberFormat.format(value)}%` : numberFormat.format(value)
}

const dayCount = (days: number) => plural(days, 'day')

/** Everything the suggestions are derived from. */
export interface SuggestionInput {
  rep: Pick<Rep, 'name'>
  agreements: { rep: BriefAgreement[]; manager: BriefAgreement[] }
  goals: GoalMovement[]
  challenges: BriefChallenge[]
  daysSinceRecognition: number | null
  pulseTrend: PulsePoint[]
  /** Nudges that apply and are not dismissed: a dismissed one is not brought up again here. */
  nudges: Nudge[]
  talkingPoints: TalkingPoint[]
}

function followUps(input: SuggestionInput): SuggestedTalkingPoint[] {
  const name = firstName(input.rep.name)
  // The manager's own overdue commitments first: mutual accountability starts with the manager.
  const overdue = [
    ...input.agreements.manager.filter((agreement) => agreement.overdue),
    ...input.agreements.rep.filter((agreement) => agreement.overdue)
  ]
  const named = [...overdue]
    .sort((a, b) => Number(b.owner === 'manager') - Number(a.owner === 'manager') || b.daysOverdue - a.daysOverdue || a.id - b.id)
    .slice(0, BRIEF_LIMITS.maxFollowUps)
  const lines: SuggestedTalkingPoint[] = named.map((agreement) => ({
    kind: 'follow_up',
    text: `Follow up: ${quote(agreement.text)} is ${dayCount(agreement.daysOverdue)} overdue (${agreement.owner === 'manager' ? 'yours' : `${name}’s`})`,
    ref: { type: 'agreement', id: agreement.id }
  }))
  const rest = overdue.length - named.length
  if (rest > 0) lines.push({ kind: 'follow_up', text: `${plural(rest, 'more overdue agreement')} — see the list`, ref: null })
  return lines
}

function pulse(input: SuggestionInput): SuggestedTalkingPoint[] {
  const recent = input.pulseTrend.slice(-BRIEF_LIMITS.pulseDropSessions).filter((point) => point.pulse !== null)
  const first = recent[0]
  const last = recent.at(-1)
  if (!first || !last || first.pulse === null || last.pulse === null) return []
  const ref = { type: 'session' as const, id: last.sessionId }
  if (recent.length >= 2 && first.pulse - last.pulse >= BRIEF_LIMITS.pulseDropPoints) {
    return [{ kind: 'pulse', text: `Pulse dropped from ${first.pulse} to ${last.pulse} over the last ${recent.length === 2 ? 'two' : 'three'} 1:1s`, ref }]
  }
  if (last.pulse <= BRIEF_LIMITS.lowPulse) {
    return [{ kind: 'pulse', text: `Pulse was ${last.pulse} in the last 1:1 — ask how ${firstName(input.rep.name)} is doing`, ref }]
  }
  return []
}

/** True when the goal's value moved away from its target. */
function movedBackwards(movement: GoalMovement): boolean {
  const { goal, delta } = movement
  if (delta === null || delta === 0 || goal.target === null) return false
  const upIsGood = goal.baseline === null || goal.target >= goal.baseline
  return upIsGood ? delta < 0 : delta > 0
}

function goalLines(input: SuggestionInput): SuggestedTalkingPoint[] {
  const rank = (movement: GoalMovement) => (movement.goal.status === 'off_track' ? 0 : movement.goal.status === 'at_risk' ? 1 : 2)
  return input.goals
    .filter((movement) => movement.goal.status === 'off_track' || movement.goal.status === 'at_risk' || movedBackwards(movement))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, BRIEF_LIMITS.maxGoalSuggestions)
    .map((movement): SuggestedTalkingPoint => {
      const { goal, valueBeforeLastSession, currentValue, delta } = movement
      const format = (value: number) => formatGoalValue(value, goal.unit)
      const troubled = goal.status === 'off_track' || goal.status === 'at_risk'
      const verdict = troubled ? STATUS_WORDS[goal.status] : `away from the target of ${format(goal.target!)}`
      const text =
        delta !== null && delta !== 0 && valueBeforeLastSession !== null && currentValue !== null
          ? `Goal ${quote(goal.title)} moved from ${format(valueBeforeLastSession)} to ${format(currentValue)} — ${verdict}`
          : currentValue !== null
            ? `Goal ${quote(goal.title)} is ${verdict} at ${format(currentValue)}${goal.target === null ? '' : ` of ${format(goal.target)}`}`
            : `Goal ${quote(goal.title)} is ${verdict} — no value recorded yet`
      return { kind: 'goal', text, ref: { type: 'goal', id: goal.id } }
    })
}

function challengeLines(input: SuggestionInput): SuggestedTalkingPoint[] {
  return input.challenges
    .filter((challenge) => challenge.recurring)
    .sort((a, b) => b.sessionCount - a.sessionCount || a.id - b.id)
    .slice(0, BRIEF_LIMITS.maxChallengeSuggestions)
    .map((challenge) => ({
      kind: 'challenge',
      text: `Check in on ${quote(challenge.text)} — came up in ${challenge.sessionCount} 1:1s`,
      ref: { type: 'challenge', id: challenge.id }
    }))
}

function talkingPointLines(input: SuggestionInput): SuggestedTalkingPoint[] {
  const name = firstName(input.rep.name)
  return input.talkingPoints
    .filter((point) => point.raisedBy === 'rep')
    .slice(0, BRIEF_LIMITS.maxRepTalkingPoints)
    .map((point) => ({ kind: 'talking_point', text: `${name} wants to talk about ${quote(point.text)}`, ref: { type: 'talking_point', id: point.id } }))
}

function nudgeLines(input: SuggestionInput): SuggestedTalkingPoint[] {
  const name = firstName(input.rep.name)
  const lines: SuggestedTalkingPoint[] = []
  for (const nudge of input.nudges) {
    switch (nudge.rule) {
      case 'recognition_drought':
        lines.push({
          kind: 'recognition',
          text:
            nudge.facts.daysSince === null
              ? 'Recognise something specific — nothing recognised yet'
              : `Recognise something specific — last recognition ${dayCount(nudge.facts.daysSince)} ago`,
          ref: null
        })
        break
      case 'ownership_balance':
        lines.push({
          kind: 'ownership',
          text: `Let ${name} own the next steps — you own ${nudge.facts.managerOwned} of the last ${nudge.facts.total} agreements`,
          ref: null
        })
        break
      case 'agreements_without_due_date': {
        const [first, ...others] = nudge.facts.agreements
        if (first) {
          lines.push({
            kind: 'due_date',
            text: `Agree a due date for ${quote(first.text)}${others.length > 0 ? ` and ${plural(others.length, 'other')}` : ''}`,
            ref: { type: 'agreement', id: first.id }
          })
        }
        break
      }
      case 'goals_not_measurable': {
        const first = nudge.facts.goals[0]
        if (first) {
          const words = first.missing.map((field) => (field === 'due_date' ? 'due date' : field))
          const list = words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}`
          lines.push({ kind: 'measurable_goal', text: `Make ${quote(first.title)} measurable — it has no ${list}`, ref: { type: 'goal', id: first.id } })
        }
        break
      }
      default:
        break
    }
  }
  const order = ['recognition', 'ownership', 'due_date', 'measurable_goal']
  return lines.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
}

/**
 * Talking points suggested from the rest of the brief, most pressing first: overdue agreements
 * (the manager's own first), the pulse, goals in trouble, recurring challenges, what the rep
 * asked to discuss, then the nudges worth raising. Pure.
 */
export function suggestTalkingPoints(input: SuggestionInput): SuggestedTalkingPoint[] {
  // One already on the next agenda (added from an earlier brief) is not suggested again.
  const onAgenda = new Set(input.talkingPoints.map((point) => comparable(point.text)))
  return [...followUps(input), ...pulse(input), ...goalLines(input), ...challengeLines(input), ...talkingPointLines(input), ...nudgeLines(input)]
    .filter((suggestion) => !onAgenda.has(comparable(suggestion.text)))
    .slice(0, BRIEF_LIMITS.maxSuggestions)
}

/** A talking point as added from a suggestion (cut to its 1,000 characters), for comparing. */
const comparable = (text: string) => text.trim().slice(0, 1000).toLowerCase()

function lastSessionOf(db: Database, repId: number, today: string): BriefLastSession | null {
  const session = findLastCompletedSession(db, repId)
  if (!session) return null
  const date = session.scheduledAt.slice(0, 10)
  const notes = firstLines(session.sharedNoteText, BRIEF_LIMITS.summaryLines, BRIEF_LIMITS.summaryChars)
  // The check-in line is the summary only when the shared notes say nothing.
  const checkIn = notes ? '' : firstLines(session.checkInText, BRIEF_LIMITS.summaryLines, BRIEF_LIMITS.summaryChars)
  return {
    id: session.id,
    scheduledAt: session.scheduledAt,
    date,
    daysAgo: daysBetween(date, today),
    pulse: session.pulse,
    templateName: session.templateName,
    checkInText: session.checkInText,
    summary: notes || checkIn,
    summarySource: notes ? 'shared_notes' : checkIn ? 'check_in' : 'none'
  }
}

/** Compares 'YYYY-MM-DD' dates: as plain text they sort by date, without a trip through the collator. */
const compareDates = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const byUrgency = (a: BriefAgreement, b: BriefAgreement) =>
  b.daysOverdue - a.daysOverdue || compareDates(a.dueDate ?? '9999', b.dueDate ?? '9999') || a.id - b.id

/**
 * The facts the nudges need, taken from what the brief has already read (the same rows the
 * team-wide nudge queries select for one rep, in the same order), so the brief does not read
 * them twice.
 */
function nudgeFactsOf(
  recentSessions: RecentCompletedSession[],
  open: BriefAgreement[],
  goals: GoalMovement[],
  challenges: Array<{ id: number; text: string; sessionCount: number; raisedOn: string }>
): RepNudgeFacts {
  return {
    recentSessions: recentSessions
      .slice(0, NUDGE_LOOKBACK_SESSIONS)
      .map(({ id, date, repAgreements, managerAgreements, recognitions }) => ({ id, date, repAgreements, managerAgreements, recognitions })),
    openChallenges: [...challenges]
      .sort((a, b) => compareDates(a.raisedOn, b.raisedOn) || a.id - b.id)
      .map(({ id, text, sessionCount }) => ({ id, text, sessionCount })),
    unmeasurableGoals: goals
      .map(({ goal }) => ({
        id: goal.id,
        title: goal.title,
        missing: missingGoalFields(goal)
      }))
      .filter((goal) => goal.missing.length > 0),
    // `open` is newest first; the nudge names the oldest undated agreement first.
    undatedAgreements: open
      .filter((agreement) => agreement.dueDate === null)
      .reverse()
      .map(({ id, text, owner }) => ({ id, text, owner }))
  }
}

/**
 * Everything the brief shows, each fact read once: the rep (with the 1:1 under way and the last
 * recognition), the last 1:1 with its notes, the open agreements, the active goals with their value
 * at the last 1:1, the open challenges, the recent 1:1s (pulse trend and nudge facts at once),
 * dismissed nudges, follow-through and the open talking points. The nudges are evaluated from
 * these same rows rather than from the Team overview's queries run again for one rep.
 */
export function getRepBrief(context: ServiceContext, repId: number): RepBrief {
  const { db } = context
  const today = todayOf(context.clock)
  const header = findRepHeader(db, repId)
  if (!header) throw notFound('This rep')
  const rep = repFromRow(header)
  const window = followThroughWindow(today)

  const lastSession = lastSessionOf(db, repId, today)
  const open = listOpenAgreementsWithCarry(db, repId).map((row): BriefAgreement => {
    const overdue = row.due_date !== null && row.due_date < today
    return {
      ...toAgreement(row),
      carriedForwardCount: row.carried_forward_count,
      overdue,
      daysOverdue: overdue ? daysBetween(row.due_date!, today) : 0
    }
  })
  const agreements = {
    rep: open.filter((agreement) => agreement.owner === 'rep').sort(byUrgency),
    manager: open.filter((agreement) => agreement.owner === 'manager').sort(byUrgency)
  }

  // Compared with the value before the last 1:1, so what moved in that 1:1 shows right after it.
  const goals = listActiveGoalsForRep(db, repId, lastSession?.date ?? null).map(({ goal, valueOn: then }): GoalMovement => {
    const missing = missingGoalFields(goal)
    return {
      goal,
      measurable: missing.length === 0,
      missing,
      valueBeforeLastSession: then?.value ?? null,
      valueBeforeLastSessionDate: then?.date ?? null,
      currentValue: goal.latestValue,
      currentValueDate: goal.latestValueDate,
      delta: then !== null && goal.latestValue !== null ? Math.round((goal.latestValue - then.value) * 1e6) / 1e6 : null
    }
  })

  const openChallenges = listOpenChallengesOfRep(db, repId)
  const challenges = openChallenges
    .map((challenge): BriefChallenge => ({
      ...challenge,
      recurring: challenge.sessionCount >= NUDGE_THRESHOLDS.recurringChallengeSessions
    }))
    .sort((a, b) => Number(b.recurring) - Number(a.recurring) || b.sessionCount - a.sessionCount || compareDates(a.raisedOn, b.raisedOn) || a.id - b.id)

  const recentSessions = listRecentCompletedSessionsOfRep(db, repId, Math.max(BRIEF_LIMITS.pulseTrendSessions, NUDGE_LOOKBACK_SESSIONS))
  const pulseTrend = recentSessions
    .slice(0, BRIEF_LIMITS.pulseTrendSessions)
    .map(({ id, date, pulse }) => ({ sessionId: id, date, pulse }))
    .reverse()
  // Archived reps get no nudges (evaluateNudges), so their dismissals need not be read.
  const dismissals = rep.archived ? [] : listNudgeDismissals(db, { repId })
  const lastSessionDate = recentSessions[0]?.date ?? null
  const lastRecognitionDate = header.last_recognition_date
  const nudgeBase = {
    rep: { id: rep.id, name: rep.name, cadence: rep.cadence, nextSessionDate: rep.nextSessionDate, archived: rep.archived },
    lastSessionDate,
    lastRecognitionDate
  }
  const nudges = nudgesOfRep(nudgeBase, nudgeFactsOf(recentSessions, open, goals, openChallenges), dismissals, today).nudges
  const talkingPoints = listOpenTalkingPointsOfRep(context, repId, header.in_progress_id)
  const daysSinceRecognition = lastRecognitionDate === null ? null : daysBetween(lastRecognitionDate, today)

  return {
    rep,
    today,
    lastSession,
    sessionInProgressId: header.in_progress_id,
    nextSession: nextSessionStatus(rep, lastSessionDate, today),
    agreements,
    followThrough: loadRepFollowThrough(db, repId, window),
    followThroughWindow: window,
    goals,
    challenges,
    lastRecognitionDate,
    daysSinceRecognition,
    pulseTrend,
    nudges,
    talkingPoints,
    suggestions: suggestTalkingPoints({ rep, agreements, goals, challenges, daysSinceRecognition, pulseTrend, nudges, talkingPoints })
  }
}

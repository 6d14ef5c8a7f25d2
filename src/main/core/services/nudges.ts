// The micromanagement guard: gentle nudges that advise and never block. Every threshold lives in
// NUDGE_THRESHOLDS; every rule has a title, a plain-language "why it matters", and the facts that
// triggered it. `evaluateNudges` and `applyDismissals` are pure; the loaders feed them from the
// database with a fixed number of set-based queries, whatever the size of the team.
import type { Database } from 'better-sqlite3'
import {
  type Cadence,
  type GoalField,
  type NextSessionStatus,
  type Nudge,
  type NudgeFactsByRule,
  type NudgeRule,
  type Owner,
  type RepNudges
} from '@shared/domain'
import { todayOf } from '../clock'
import { plural } from '@shared/words'
import {
  deleteNudgeDismissal,
  listNudgeDismissals,
  listOpenChallengeCounts,
  listRecentCompletedSessions,
  listRepSnapshots,
  listUndatedOpenAgreements,
  listUnmeasurableGoals,
  upsertNudgeDismissal,
  type NudgeDismissalRow,
  type RepScope
} from '../repositories/overview-repository'
import { addDays, daysBetween } from './calendar'
import { applyDismissals, type NudgeDismissal } from './nudge-dismissals'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep } from './session-lookup'

export { applyDismissals, isHidden, type NudgeDismissal } from './nudge-dismissals'

/** Every threshold of the guard, in one place. */
export const NUDGE_THRESHOLDS = {
  /** How many days each cadence allows between 1:1s when no next date is set. */
  cadenceDays: { weekly: 7, biweekly: 14, monthly: 31 } satisfies Record<Cadence, number>,
  /** Days past the due date before "1:1 overdue" shows (0: the day after it was due). */
  overdueGraceDays: 0,
  /** Ownership balance looks at the agreements made in this many last completed 1:1s… */
  ownershipSessions: 3,
  /** …judges only from this many agreements on… */
  ownershipMinAgreements: 4,
  /** …and fires when the manager owns more than this share of them. */
  ownershipMaxManagerShare: 0.5,
  /** More agreements than this made in the last completed 1:1 is too many to own. */
  maxAgreementsPerSession: 5,
  /** Recognition drought: none in this many last completed 1:1s… */
  recognitionSessions: 3,
  /** …or none for more than this many days. */
  recognitionMaxDays: 30,
  /** A challenge still open after coming up in this many 1:1s is recurring. */
  recurringChallengeSessions: 3,
  /** Open agreements without a due date before the nudge shows. */
  minUndatedAgreements: 1,
  /** A dismissed nudge stays hidden this many days unless something new triggers it. */
  dismissDays: 30
} as const

export type NudgeThresholds = typeof NUDGE_THRESHOLDS

const T = NUDGE_THRESHOLDS

/** Each rule's title and why it matters, in plain language. */
export const NUDGE_CATALOGUE: Record<NudgeRule, { title: string; why: string }> = {
  overdue_cadence: {
    title: '1:1 overdue',
    why: 'Regular 1:1s are where accountability happens. When one slips, goals, agreements and support go unchecked, and the rep hears nothing about their work until something goes wrong.'
  },
  ownership_balance: {
    title: 'You own most of the next steps',
    why: `Agreements the rep owns build ownership and autonomy. When the manager owns more than half of them, the rep learns to wait for the manager instead of driving their own results. (Judged on the last ${T.ownershipSessions} 1:1s, from ${T.ownershipMinAgreements} agreements on.)`
  },
  too_many_agreements: {
    title: 'Too many agreements in one 1:1',
    why: `More than ${T.maxAgreementsPerSession} next steps from one conversation is more than anyone can own. A few clear commitments get done; a long list gets skimmed and quietly missed.`
  },
  recognition_drought: {
    title: 'Time to recognise something',
    why: `Specific recognition tells a rep what to keep doing. Without it, feedback is only about what is missing. (No recognition in the last ${T.recognitionSessions} 1:1s, or for more than ${T.recognitionMaxDays} days.)`
  },
  recurring_challenge: {
    title: 'A challenge keeps coming back',
    why: `A challenge still open after ${T.recurringChallengeSessions} or more 1:1s is not being solved by talking about it. It needs different support, or a decision.`
  },
  goals_not_measurable: {
    title: 'Goals not measurable yet',
    why: 'A goal needs a metric, a target and a due date. Without them nobody can tell whether it is on track, and the review turns into opinions instead of outcomes.'
  },
  agreements_without_due_date: {
    title: 'Agreements without a due date',
    why: 'An agreement without a date never becomes overdue, so it quietly drifts. A date makes it something both of you can check, and it counts towards follow-through.'
  }
}

// ---------------------------------------------------------------------------------------------
// Next 1:1

/**
 * When the rep's next 1:1 is due and whether it is overdue: the next date if one is set, or else
 * the last completed 1:1 plus the cadence's days; unknown for a rep never met with no date set.
 */
export function nextSessionStatus(
  rep: { nextSessionDate: string | null; cadence: Cadence },
  lastSessionDate: string | null,
  today: string,
  thresholds: Pick<NudgeThresholds, 'cadenceDays'> = T
): NextSessionStatus {
  const dueDate = rep.nextSessionDate ?? (lastSessionDate === null ? null : addDays(lastSessionDate, thresholds.cadenceDays[rep.cadence]))
  if (dueDate === null) return { date: rep.nextSessionDate, dueDate: null, state: 'not_scheduled', daysOverdue: 0, daysUntil: null }
  const daysUntil = daysBetween(today, dueDate)
  return {
    date: rep.nextSessionDate,
    dueDate,
    state: daysUntil < 0 ? 'overdue' : daysUntil === 0 ? 'due_today' : 'upcoming',
    daysOverdue: Math.max(0, -daysUntil),
    daysUntil
  }
}

// ---------------------------------------------------------------------------------------------
// Rules (pure)

/** Everything the rules look at for one rep. */
export interface NudgeInput {
  rep: { id: number; name: string; cadence: Cadence; nextSessionDate: string | null; archived: boolean }
  lastSessionDate: string | null
  lastRecognitionDate: string | null
  /** The last completed 1:1s (up to the most any rule needs), newest first. */
  recentSessions: Array<{ id: number; date: string; repAgreements: number; managerAgreements: number; recognitions: number }>
  openChallenges: Array<{ id: number; text: string; sessionCount: number }>
  unmeasurableGoals: Array<{ id: number; title: string; missing: GoalField[] }>
  undatedAgreements: Array<{ id: number; text: string; owner: Owner }>
}

/** A nudge with the keys of what triggered it: a dismissal hides it while no new key appears. */
export interface EvaluatedNudge {
  nudge: Nudge
  keys: string[]
}

/** The most 1:1s any rule looks back over. */
export const NUDGE_LOOKBACK_SESSIONS = Math.max(T.ownershipSessions, T.recognitionSessions, 1)

export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name

/** A quoted item text, shortened to fit in a sentence. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`
}

const lastOneOnOnes = (count: number): string => (count === 1 ? 'the last 1:1' : `the last ${count} 1:1s`)
const daysAgo = (days: number): string => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`)

const MISSING_WORDS: Record<GoalField, string> = { metric: 'metric', target: 'target', due_date: 'due date' }
function missingList(missing: GoalField[]): string {
  const words = missing.map((field) => MISSING_WORDS[field])
  return words.length <= 1 ? `no ${words[0] ?? ''}` : `no ${words.slice(0, -1).join(', no ')} and no ${words.at(-1)!}`
}

function make<R extends NudgeRule>(rule: R, detail: string, facts: NudgeFactsByRule[R], keys: string[]): EvaluatedNudge {
  const nudge = { rule, ...NUDGE_CATALOGUE[rule], detail, facts } as Nudge
  return { nudge, keys }
}

function overdueCadence(input: NudgeInput, today: string, thresholds: NudgeThresholds): EvaluatedNudge | null {
  const status = nextSessionStatus(input.rep, input.lastSessionDate, today, thresholds)
  if (status.state !== 'overdue' || status.dueDate === null || status.daysOverdue <= thresholds.overdueGraceDays) return null
  const detail =
    input.rep.nextSessionDate !== null
      ? `The next 1:1 was due ${daysAgo(status.daysOverdue)} (${input.rep.cadence} cadence).`
      : `No 1:1 is planned and the last one was ${daysAgo(daysBetween(input.lastSessionDate!, today))} (${input.rep.cadence} cadence).`
  return make(
    'overdue_cadence',
    detail,
    { cadence: input.rep.cadence, dueDate: status.dueDate, daysOverdue: status.daysOverdue, lastSessionDate: input.lastSessionDate },
    [status.dueDate]
  )
}

function ownershipBalance(input: NudgeInput, thresholds: NudgeThresholds): EvaluatedNudge | null {
  const sessions = input.recentSessions.slice(0, thresholds.ownershipSessions)
  const managerOwned = sessions.reduce((sum, session) => sum + session.managerAgreements, 0)
  const repOwned = sessions.reduce((sum, session) => sum + session.repAgreements, 0)
  const total = managerOwned + repOwned
  if (total < thresholds.ownershipMinAgreements || managerOwned <= total * thresholds.ownershipMaxManagerShare) return null
  return make(
    'ownership_balance',
    `You own ${managerOwned} of the ${total} agreements made in ${lastOneOnOnes(sessions.length)}; ${firstName(input.rep.name)} owns ${repOwned}.`,
    { managerOwned, repOwned, total, sessions: sessions.length },
    ['balance']
  )
}

function tooManyAgreements(input: NudgeInput, thresholds: NudgeThresholds): EvaluatedNudge | null {
  const last = input.recentSessions[0]
  if (!last) return null
  const created = last.repAgreements + last.managerAgreements
  if (created <= thresholds.maxAgreementsPerSession) return null
  return make(
    'too_many_agreements',
    `${created} agreements were made in the last 1:1; more than ${thresholds.maxAgreementsPerSession} is hard for anyone to own.`,
    { sessionId: last.id, sessionDate: last.date, created },
    [`session:${last.id}`]
  )
}

function recognitionDrought(input: NudgeInput, today: string, thresholds: NudgeThresholds): EvaluatedNudge | null {
  const completed = input.recentSessions.length
  if (completed === 0) return null
  const window = input.recentSessions.slice(0, thresholds.recognitionSessions)
  let sessionsWithout = 0
  for (const session of input.recentSessions) {
    if (session.recognitions > 0) break
    sessionsWithout += 1
  }
  // A recognition given after the last completed 1:1 (in one under way) ends the drought too.
  const recognisedSince = input.lastRecognitionDate !== null && window[0] !== undefined && input.lastRecognitionDate > window[0].date
  const noneInLastSessions =
    !recognisedSince && window.length >= thresholds.recognitionSessions && window.every((session) => session.recognitions === 0)
  const daysSince = input.lastRecognitionDate === null ? null : daysBetween(input.lastRecognitionDate, today)
  const tooLong = daysSince === null || daysSince > thresholds.recognitionMaxDays
  if (!noneInLastSessions && !tooLong) return null
  const detail =
    daysSince === null
      ? `No recognition recorded yet, in ${plural(completed, '1:1')}.`
      : noneInLastSessions
        ? `No recognition in ${lastOneOnOnes(thresholds.recognitionSessions)}; the last one was ${daysAgo(daysSince)}.`
        : `The last recognition was ${daysAgo(daysSince)}.`
  return make(
    'recognition_drought',
    detail,
    { lastRecognitionDate: input.lastRecognitionDate, daysSince, sessionsWithout },
    [`last:${input.lastRecognitionDate ?? 'never'}`]
  )
}

function recurringChallenge(input: NudgeInput, thresholds: NudgeThresholds): EvaluatedNudge | null {
  const challenges = input.openChallenges
    .filter((challenge) => challenge.sessionCount >= thresholds.recurringChallengeSessions)
    .sort((a, b) => b.sessionCount - a.sessionCount || a.id - b.id)
  const first = challenges[0]
  if (!first) return null
  const detail =
    challenges.length === 1
      ? `${quote(first.text)} has come up in ${first.sessionCount} 1:1s and is still open.`
      : `${challenges.length} open challenges keep coming back; ${quote(first.text)} has come up in ${first.sessionCount} 1:1s.`
  return make('recurring_challenge', detail, { challenges }, challenges.map((challenge) => `challenge:${challenge.id}`))
}

function goalsNotMeasurable(input: NudgeInput): EvaluatedNudge | null {
  const goals = input.unmeasurableGoals
  const first = goals[0]
  if (!first) return null
  const detail =
    goals.length === 1
      ? `${quote(first.title)} has ${missingList(first.missing)}.`
      : `${goals.length} active goals miss a metric, a target or a due date; ${quote(first.title)} has ${missingList(first.missing)}.`
  return make('goals_not_measurable', detail, { goals }, goals.map((goal) => `goal:${goal.id}`))
}

function agreementsWithoutDueDate(input: NudgeInput, thresholds: NudgeThresholds): EvaluatedNudge | null {
  const agreements = input.undatedAgreements
  const first = agreements[0]
  if (!first || agreements.length < thresholds.minUndatedAgreements) return null
  const whose = (owner: Owner) => (owner === 'manager' ? 'yours' : `${firstName(input.rep.name)}’s`)
  const detail =
    agreements.length === 1
      ? `${quote(first.text)} (${whose(first.owner)}) has no due date.`
      : `${agreements.length} open agreements have no due date, such as ${quote(first.text)} (${whose(first.owner)}).`
  return make('agreements_without_due_date', detail, { agreements }, agreements.map((agreement) => `agreement:${agreement.id}`))
}

/** Every nudge that applies to the rep, in the order of NUDGE_RULES. Archived reps get none. */
export function evaluateNudges(input: NudgeInput, today: string, thresholds: NudgeThresholds = T): EvaluatedNudge[] {
  if (input.rep.archived) return []
  const found: Array<EvaluatedNudge | null> = [
    overdueCadence(input, today, thresholds),
    ownershipBalance(input, thresholds),
    tooManyAgreements(input, thresholds),
    recognitionDrought(input, today, thresholds),
    recurringChallenge(input, thresholds),
    goalsNotMeasurable(input),
    agreementsWithoutDueDate(input, thresholds)
  ]
  return found.filter((nudge): nudge is EvaluatedNudge => nudge !== null)
}

// ---------------------------------------------------------------------------------------------
// Loading

/** What the caller already knows about each rep (from `listRepSnapshots`). */
export interface NudgeRepBase {
  rep: NudgeInput['rep']
  lastSessionDate: string | null
  lastRecognitionDate: string | null
}

function groupByRep<T extends { repId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const row of rows) {
    let group = groups.get(row.repId)
    if (!group) groups.set(row.repId, (group = []))
    group.push(row)
  }
  return groups
}

/**
 * The nudges of every active rep in `scope`, with dismissals applied: five set-based queries,
 * whatever the number of reps. Reps missing from `bases` (or archived) get none.
 */
export function loadNudges(db: Database, scope: RepScope, bases: NudgeRepBase[], today: string): Map<number, RepNudges & { evaluated: EvaluatedNudge[] }> {
  const result = new Map<number, RepNudges & { evaluated: EvaluatedNudge[] }>()
  const active = bases.filter((base) => !base.rep.archived)
  for (const base of bases) result.set(base.rep.id, { repId: base.rep.id, nudges: [], dismissed: [], evaluated: [] })
  if (active.length === 0) return result
  const activeScope: RepScope = 'repId' in scope ? scope : { includeArchived: false }
  const sessions = groupByRep(listRecentCompletedSessions(db, activeScope, NUDGE_LOOKBACK_SESSIONS))
  const challenges = groupByRep(listOpenChallengeCounts(db, activeScope))
  const goals = groupByRep(listUnmeasurableGoals(db, activeScope))
  const undated = groupByRep(listUndatedOpenAgreements(db, activeScope))
  const dismissals = groupByRep<NudgeDismissalRow>(listNudgeDismissals(db, activeScope))
  for (const base of active) {
    const id = base.rep.id
    const facts: RepNudgeFacts = {
      recentSessions: (sessions.get(id) ?? []).map(({ repId: _repId, ...session }) => session),
      openChallenges: (challenges.get(id) ?? []).map(({ repId: _repId, ...challenge }) => challenge),
      unmeasurableGoals: (goals.get(id) ?? []).map(({ repId: _repId, ...goal }) => goal),
      undatedAgreements: (undated.get(id) ?? []).map(({ repId: _repId, ...agreement }) => agreement)
    }
    result.set(id, nudgesOfRep(base, facts, dismissals.get(id) ?? [], today))
  }
  return result
}

/** Everything the rules read about a rep besides what `NudgeRepBase` already holds. */
export type RepNudgeFacts = Omit<NudgeInput, keyof NudgeRepBase>

/**
 * One rep's nudges from facts the caller has already read (the brief reads them for its own
 * lists), with dismissals applied. Archived reps get none.
 */
export function nudgesOfRep(base: NudgeRepBase, facts: RepNudgeFacts, dismissals: NudgeDismissal[], today: string): RepNudges & { evaluated: EvaluatedNudge[] } {
  const evaluated = evaluateNudges({ ...base, ...facts }, today)
  return { repId: base.rep.id, ...applyDismissals(evaluated, dismissals, today), evaluated }
}

function loadRepNudges(context: ServiceContext, repId: number): RepNudges & { evaluated: EvaluatedNudge[] } {
  const { db } = context
  requireRep(db, repId)
  const today = todayOf(context.clock)
  const snapshot = listRepSnapshots(db, { repId }, today)[0]
  if (!snapshot) throw new Error('A rep just found could not be read.')
  const base: NudgeRepBase = {
    rep: { id: snapshot.id, name: snapshot.name, cadence: snapshot.cadence, nextSessionDate: snapshot.next_session_date, archived: snapshot.archived_at !== null },
    lastSessionDate: snapshot.last_session_date,
    lastRecognitionDate: snapshot.last_recognition_date
  }
  return loadNudges(db, { repId }, [base], today).get(repId)!
}

const withoutEvaluated = ({ evaluated: _evaluated, ...nudges }: RepNudges & { evaluated: EvaluatedNudge[] }): RepNudges => nudges

export function listRepNudges(context: ServiceContext, repId: number): RepNudges {
  return withoutEvaluated(loadRepNudges(context, repId))
}

/**
 * Hides a nudge rule for a rep for NUDGE_THRESHOLDS.dismissDays days, or until something new
 * triggers it (see `isHidden`). Dismissing a rule that does not apply right now is allowed: it
 * then hides only what has no new key, which is nothing.
 */
export function dismissNudge(context: ServiceContext, input: { repId: number; rule: NudgeRule }): RepNudges {
  const current = loadRepNudges(context, input.repId)
  const keys = current.evaluated.find((item) => item.nudge.rule === input.rule)?.keys ?? []
  const today = todayOf(context.clock)
  upsertNudgeDismissal(context.db, { repId: input.repId, rule: input.rule, dismissedAt: nowOf(context), until: addDays(today, T.dismissDays), keys })
  return listRepNudges(context, input.repId)
}

/** Shows a dismissed nudge rule again. */
export function restoreNudge(context: ServiceContext, input: { repId: number; rule: NudgeRule }): RepNudges {
  requireRep(context.db, input.repId)
  deleteNudgeDismissal(context.db, input.repId, input.rule)
  return listRepNudges(context, input.repId)
}


// Turns a rep's story into a plan of everything that happened, with real dates, relative to
// `today`. Pure: no database, no clock; the same story and date always give the same plan.
import { addDays, addMinutes, differenceInCalendarDays, format, isWeekend, nextDay, parseISO, set, subDays, subMonths } from 'date-fns'
import type { GoalStatus } from '@shared/domain'
import { ACCOUNT_EXECUTIVE_CHECK_INS, GOAL_COMMENTS, MISSED_REASONS, REP_ASSESSMENTS, fillIn } from './demo-phrases'
import type { Account, AgreementStory, GoalStory, MomentStory, RepStory } from './demo-story-types'
import { createDeck, createPrng, type Prng } from './prng'
import { bulletList, doc, heading, labelled, paragraph, type BlockNode } from './tiptap'
import type { AgreementPlan, ChallengePlan, CheckinPlan, GoalPlan, RecognitionPlan, RepPlan, SessionPlan, TalkingPointPlan } from './demo-plan-types'

export type { RepPlan } from './demo-plan-types'

// ---------------------------------------------------------------- dates and timestamps

const day = (date: Date): string => format(date, 'yyyy-MM-dd')

/** An ISO UTC timestamp for a local date and 'HH:MM' time, plus some minutes. */
function timestamp(date: Date | string, time: string, plusMinutes = 0): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const base = typeof date === 'string' ? parseISO(date) : date
  // set() keeps the wall-clock time right on the days clocks change.
  return addMinutes(set(base, { hours, minutes, seconds: 0, milliseconds: 0 }), plusMinutes).toISOString()
}

function offWeekend(date: Date, direction: -1 | 1): Date {
  let result = date
  while (isWeekend(result)) result = addDays(result, direction)
  return result
}

function nextSessionOf(story: RepStory, today: Date): Date {
  const raw = addDays(today, story.nextSessionInDays)
  if (story.nextSessionInDays === 0) return raw
  return offWeekend(raw, story.nextSessionInDays < 0 ? -1 : 1)
}

/** The completed 1:1s, latest first, one cadence step apart and counted back from the next one. */
function sessionDatesOf(story: RepStory, next: Date): Date[] {
  if (story.cadence === 'monthly') {
    return Array.from({ length: story.sessionCount }, (_, ago) => offWeekend(subMonths(next, ago + 1), -1))
  }
  const interval = story.cadence === 'weekly' ? 7 : 14
  const latest = offWeekend(subDays(next, interval), -1)
  return Array.from({ length: story.sessionCount }, (_, ago) => subDays(latest, ago * interval))
}

// ---------------------------------------------------------------- sessions and notes

interface Writer {
  story: RepStory
  prng: Prng
  account: () => Account
}

function pulseFor(story: RepStory, moment: MomentStory | undefined, ago: number, prng: Prng): number {
  const roll = prng.next()
  const scripted = moment?.pulse ?? story.pulse.recent?.[ago]
  if (scripted !== undefined) return scripted
  const drift = roll < 0.2 ? -1 : roll > 0.85 ? 1 : 0
  return Math.min(5, Math.max(1, story.pulse.usual + drift))
}

function checkInFor(writer: Writer, pulse: number, decks: Record<'high' | 'mid' | 'low', () => string>): string {
  const band = pulse >= 4 ? 'high' : pulse === 3 ? 'mid' : 'low'
  return fillIn(decks[band](), writer.account())
}

function pipelineBullet(line: string, account: Account) {
  const rest = fillIn(line.replace(/^\{account\}:/, ''), account)
  return labelled(`${account.name}:`, rest)
}

/** Draws `count` different items from a deck (a deck may repeat an item across a reshuffle). */
function drawDistinct<T>(draw: () => T, count: number, keyOf: (item: T) => unknown = (item) => item): T[] {
  const chosen: T[] = []
  for (let attempt = 0; chosen.length < count && attempt < count * 6; attempt++) {
    const item = draw()
    if (!chosen.some((other) => keyOf(other) === keyOf(item))) chosen.push(item)
  }
  return chosen
}

function generatedNote(writer: Writer, agreements: AgreementStory[], decks: { pipeline: () => string; focus: () => string }): BlockNode[] {
  const { story, prng } = writer
  const blocks: BlockNode[] = []
  if (prng.chance(0.75)) {
    const count = prng.int(2, 3)
    const lines = drawDistinct(decks.pipeline, count)
    const accounts = drawDistinct(writer.account, lines.length, (account) => account.name)
    blocks.push(heading(story.phrases.notesHeading))
    blocks.push(bulletList(lines.map((line, index) => pipelineBullet(line, accounts[index]!))))
  }
  blocks.push(paragraph(decks.focus()))
  if (agreements.length > 0 && prng.chance(0.5)) {
    const firstName = story.name.split(' ')[0]!
    blocks.push(heading('Next steps'))
    blocks.push(bulletList(agreements.map((agreement) => `${agreement.owner === 'rep' ? firstName : 'Manager'}: ${agreement.text}`)))
  }
  return blocks
}

function planSessions(story: RepStory, dates: Date[], agreementsByAgo: AgreementStory[][]): SessionPlan[] {
  const prng = createPrng(`${story.key}:sessions`)
  const account = createDeck(story.accounts, prng)
  const writer: Writer = { story, prng, account }
  const lines = story.phrases.checkIns ?? ACCOUNT_EXECUTIVE_CHECK_INS
  const checkInDecks = { high: createDeck(lines.high, prng), mid: createDeck(lines.mid, prng), low: createDeck(lines.low, prng) }
  const noteDecks = { pipeline: createDeck(story.phrases.pipeline, prng), focus: createDeck(story.phrases.focus, prng) }
  const privateNotes = createDeck(story.phrases.privateNotes, prng)

  const sessions: SessionPlan[] = []
  let previousCompletedAt: string | null = null
  for (let ago = dates.length - 1; ago >= 0; ago--) {
    const date = dates[ago]!
    const moment = story.moments.find((candidate) => candidate.ago === ago)
    const pulse = pulseFor(story, moment, ago, prng)
    const startedAt = timestamp(date, story.time, prng.int(0, 4))
    const durationSeconds = prng.int(22, 41) * 60 + prng.int(0, 59)
    const completedAt = new Date(Date.parse(startedAt) + durationSeconds * 1000).toISOString()
    const note = moment?.note ?? generatedNote(writer, agreementsByAgo[ago] ?? [], noteDecks)
    const privateText = moment?.privateNote ?? (prng.chance(0.35) ? privateNotes() : null)
    sessions[ago] = {
      ago,
      date: day(date),
      scheduledAt: `${day(date)}T${story.time}`,
      startedAt,
      completedAt,
      durationSeconds,
      pulse,
      checkIn: moment?.checkIn ?? checkInFor(writer, pulse, checkInDecks),
      createdAt: previousCompletedAt ?? timestamp(subDays(date, 3), '16:00'),
      sharedNote: doc(note),
      privateNote: privateText ? doc([paragraph(privateText)]) : null
    }
    previousCompletedAt = completedAt
  }
  return sessions
}

// ---------------------------------------------------------------- agreements

/** What was agreed in each 1:1 (index = ago): the story's words, or drawn from the rep's phrases. */
function agreementStoriesOf(story: RepStory): AgreementStory[][] {
  const prng = createPrng(`${story.key}:agreements`)
  const account = createDeck(story.accounts, prng)
  const repLines = createDeck(story.phrases.repAgreements, prng)
  const managerLines = createDeck(story.phrases.managerAgreements, prng)
  return Array.from({ length: story.sessionCount }, (_, ago) => {
    const scripted = story.moments.find((moment) => moment.ago === ago)?.agreements
    if (scripted) return scripted
    const repTexts = drawDistinct(repLines, prng.chance(0.55) ? 2 : 1)
    const generated: AgreementStory[] = repTexts.map((text) => ({ text: fillIn(text, account()), owner: 'rep' }))
    if (prng.chance(0.35)) generated.push({ text: fillIn(managerLines(), account()), owner: 'manager' })
    return generated
  })
}

function randomOutcome(prng: Prng, ago: number): NonNullable<AgreementStory['outcome']> {
  const roll = prng.next()
  if (roll < 0.76) return 'done'
  if (roll < 0.87) return 'missed'
  if (roll < 0.92) return 'dropped'
  // Carried forward and still open: only for recent 1:1s, so nothing open is ancient.
  return ago <= 3 ? 'open' : 'done'
}

function dueDateOf(agreement: AgreementStory, sessionDate: Date, nextDate: Date): Date {
  if (agreement.dueWeekday !== undefined) return nextDay(sessionDate, agreement.dueWeekday)
  if (agreement.dueInDays !== undefined) return addDays(sessionDate, agreement.dueInDays)
  return nextDate
}

function planAgreements(story: RepStory, stories: AgreementStory[][], sessions: SessionPlan[], next: Date, today: Date): AgreementPlan[] {
  const prng = createPrng(`${story.key}:outcomes`)
  const account = createDeck(story.accounts, prng)
  const reasons = { rep: createDeck(MISSED_REASONS.rep, prng), manager: createDeck(MISSED_REASONS.manager, prng) }
  const plans: AgreementPlan[] = []
  for (let ago = sessions.length - 1; ago >= 0; ago--) {
    const session = sessions[ago]!
    const sessionDate = parseISO(session.date)
    const review = ago > 0 ? sessions[ago - 1]! : null
    const nextDate = review ? parseISO(review.date) : next
    for (const agreement of stories[ago] ?? []) {
      const outcome = agreement.outcome ?? (ago === 0 ? 'open' : randomOutcome(prng, ago))
      const due = dueDateOf(agreement, sessionDate, nextDate)
      const reviewed = outcome !== 'open' && review ? review : null
      let doneOn: string | null = null
      if (outcome === 'done') {
        const latest = Math.min(due.getTime(), review ? nextDate.getTime() : subDays(today, 1).getTime())
        const span = Math.max(0, differenceInCalendarDays(latest, sessionDate) - 1)
        doneOn = day(addDays(sessionDate, 1 + prng.int(0, span)))
      }
      plans.push({
        sessionAgo: ago,
        text: agreement.text,
        owner: agreement.owner,
        dueDate: day(due),
        status: outcome,
        doneOn,
        missedReason: outcome === 'missed' ? (agreement.missedReason ?? fillIn(reasons[agreement.owner](), account())) : '',
        reviewedAgo: reviewed ? reviewed.ago : null,
        createdOn: session.date,
        createdAt: session.completedAt,
        updatedAt: reviewed?.completedAt ?? (doneOn ? timestamp(doneOn, '17:30') : session.completedAt)
      })
    }
  }
  return plans
}

// ---------------------------------------------------------------- goals and check-ins

function roundValue(goal: GoalStory, value: number): number {
  if (goal.unit === 'currency') return Math.round(value / 1000) * 1000
  if (goal.unit === 'count') return Math.round(value)
  return Math.round(value * 10) / 10
}

function formatAmount(goal: GoalStory, amount: number): string {
  const magnitude = Math.abs(amount)
  if (goal.unit === 'currency') return `$${magnitude.toLocaleString('en-US')}`
  if (goal.unit === 'percent') return `${magnitude.toFixed(1)} points`
  return String(magnitude)
}

function deltaText(goal: GoalStory, delta: number, first: boolean): string {
  const since = first ? 'since the goal was set' : 'since the last 1:1'
  if (delta === 0) return `No change ${since}.`
  return `${delta > 0 ? '+' : '−'}${formatAmount(goal, delta)} ${since}.`
}

/** Fractions of the way from baseline to the latest value, one per check-in, ending at 1. */
function trajectory(goal: GoalStory, times: number[], prng: Prng): number[] {
  const start = times[0]!
  const span = Math.max(1, times[times.length - 1]! - start)
  if (goal.shape === 'level') {
    // A rate wobbles around its trend, but never beyond the latest value's side of the range.
    return times.map((time, index) => (index === times.length - 1 ? 1 : Math.min(1, Math.max(-0.1, (time - start) / span + (prng.next() - 0.5) * 0.25))))
  }
  // Cumulative: uneven steps (some fortnights nothing closes), never going down.
  const steps = times.map((time, index) => (index === 0 ? 0 : ((time - times[index - 1]!) / span) * (prng.chance(0.25) ? 0 : prng.next() * 2)))
  const total = steps.reduce((sum, step) => sum + step, 0) || 1
  let running = 0
  return steps.map((step) => (running += step) / total)
}

function statusAt(goal: GoalStory, value: number, date: string, dueDate: string, startDate: string): GoalStatus {
  if (goal.target === null) return goal.status
  const elapsed = differenceInCalendarDays(parseISO(date), parseISO(startDate)) / Math.max(1, differenceInCalendarDays(parseISO(dueDate), parseISO(startDate)))
  const progress = (value - goal.baseline) / (goal.target - goal.baseline)
  const gap = Math.min(1, elapsed) - progress
  return gap <= 0.1 ? 'on_track' : gap <= 0.25 ? 'at_risk' : 'off_track'
}

function planGoal(story: RepStory, goal: GoalStory, sessions: SessionPlan[], today: Date): GoalPlan {
  const prng = createPrng(`${story.key}:goal:${goal.key}`)
  const account = createDeck(story.accounts, prng)
  const comments = { up: createDeck(GOAL_COMMENTS.up, prng), flat: createDeck(GOAL_COMMENTS.flat, prng), down: createDeck(GOAL_COMMENTS.down, prng) }
  const startDate = day(subDays(today, goal.startDaysAgo))
  const dueDate = day(addDays(today, goal.dueInDays))
  const reviewed = [...sessions].reverse().filter((session) => session.date >= startDate && session.date <= dueDate)
  const fractions = trajectory(goal, [parseISO(startDate).getTime(), ...reviewed.map((session) => parseISO(session.date).getTime())], prng).slice(1)

  let previous = goal.baseline
  const checkins = reviewed.map((session, index): CheckinPlan => {
    const last = index === reviewed.length - 1
    const told = goal.latestValues?.[reviewed.length - 1 - index]
    const value = last ? goal.current : (told ?? roundValue(goal, goal.baseline + (goal.current - goal.baseline) * fractions[index]!))
    const status = last ? goal.status : statusAt(goal, value, session.date, dueDate, startDate)
    const delta = roundValue(goal, value - previous)
    const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat'
    const towardsTarget = goal.target === null || goal.target >= goal.baseline ? direction : direction === 'up' ? 'down' : 'up'
    const assessments = REP_ASSESSMENTS[status] ?? []
    previous = value
    return {
      sessionAgo: session.ago,
      value,
      recordedOn: session.date,
      comment: `${deltaText(goal, delta, index === 0)} ${fillIn(comments[towardsTarget](), account())}`,
      repAssessment: assessments.length > 0 && prng.chance(0.7) ? fillIn(prng.pick(assessments), account()) : '',
      status,
      createdAt: session.completedAt
    }
  })
  const createdAt = timestamp(startDate, '17:00')
  return {
    story: goal,
    dueDate,
    periodStart: goal.periodic ? startDate : null,
    createdAt,
    updatedAt: checkins[checkins.length - 1]?.createdAt ?? createdAt,
    checkins
  }
}

// ---------------------------------------------------------------- challenges, recognition, talking points

function sessionAt(story: RepStory, sessions: SessionPlan[], ago: number): SessionPlan {
  const session = sessions[ago]
  if (!session) throw new Error(`The demo story of ${story.name} refers to a 1:1 ${ago} sessions ago, but has only ${sessions.length}.`)
  return session
}

function planChallenges(story: RepStory, sessions: SessionPlan[]): ChallengePlan[] {
  return story.challenges.map((challenge) => {
    const raised = sessionAt(story, sessions, challenge.mentions[0]!.ago)
    const latest = sessionAt(story, sessions, challenge.mentions[challenge.mentions.length - 1]!.ago)
    return {
      text: challenge.text,
      support: challenge.support,
      status: challenge.resolved ? 'resolved' : 'open',
      raisedAgo: raised.ago,
      resolvedAgo: challenge.resolved ? latest.ago : null,
      raisedOn: raised.date,
      resolvedOn: challenge.resolved ? latest.date : null,
      createdAt: raised.completedAt,
      updatedAt: latest.completedAt,
      mentions: challenge.mentions
    }
  })
}

function planRecognitions(story: RepStory, sessions: SessionPlan[]): RecognitionPlan[] {
  return [...story.recognitions]
    .sort((a, b) => b.ago - a.ago)
    .map((recognition) => {
      const session = sessionAt(story, sessions, recognition.ago)
      return {
        ago: recognition.ago,
        goalKey: recognition.goal ?? null,
        what: recognition.what,
        behaviour: recognition.behaviour,
        recognizedOn: session.date,
        createdAt: session.completedAt
      }
    })
}

function planTalkingPoints(story: RepStory, sessions: SessionPlan[], today: Date): TalkingPointPlan[] {
  const prng = createPrng(`${story.key}:talking-points`)
  return story.talkingPoints.map((point) => {
    if (point.discussedAgo === undefined) {
      const createdAt = timestamp(subDays(today, point.addedDaysAgo ?? 1), '17:15', prng.int(0, 40))
      return { text: point.text, raisedBy: point.raisedBy, discussedAgo: null, createdAt, updatedAt: createdAt }
    }
    const session = sessionAt(story, sessions, point.discussedAgo)
    return {
      text: point.text,
      raisedBy: point.raisedBy,
      discussedAgo: point.discussedAgo,
      createdAt: timestamp(subDays(parseISO(session.date), prng.int(1, 3)), '16:40', prng.int(0, 50)),
      updatedAt: session.completedAt
    }
  })
}

// ---------------------------------------------------------------- the whole rep

export function planRep(story: RepStory, todayText: string): RepPlan {
  const today = parseISO(todayText)
  const next = nextSessionOf(story, today)
  const dates = sessionDatesOf(story, next)
  const agreementStories = agreementStoriesOf(story)
  const sessions = planSessions(story, dates, agreementStories)
  const oldest = dates[dates.length - 1]!
  return {
    story,
    startDate: day(subDays(today, story.startDaysAgo)),
    nextSessionDate: day(next),
    createdAt: timestamp(subDays(oldest, 3), '15:45'),
    sessions,
    planned: story.plannedNext ? { scheduledAt: `${day(next)}T${story.time}`, createdAt: sessions[0]!.completedAt } : null,
    goals: story.goals.map((goal) => planGoal(story, goal, sessions, today)),
    agreements: planAgreements(story, agreementStories, sessions, next, today),
    challenges: planChallenges(story, sessions),
    recognitions: planRecognitions(story, sessions),
    talkingPoints: planTalkingPoints(story, sessions, today)
  }
}

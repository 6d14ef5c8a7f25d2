// Domain types shared by the data core, the API contract and the renderer.
// Dates are ISO calendar dates ("2026-03-14"); timestamps are ISO date-times in UTC.
import type { GoalStatusSource, ProgressStatus } from './goal-model'

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const
export type Cadence = (typeof CADENCES)[number]

export const OWNERS = ['rep', 'manager'] as const
export type Owner = (typeof OWNERS)[number]

export const GOAL_UNITS = ['currency', 'count', 'percent'] as const
export type GoalUnit = (typeof GOAL_UNITS)[number]

export const GOAL_STATUSES = ['on_track', 'at_risk', 'off_track', 'achieved', 'dropped'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]

export const SESSION_STATUSES = ['planned', 'in_progress', 'completed'] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

export const AGREEMENT_STATUSES = ['open', 'done', 'missed', 'dropped'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const CHALLENGE_STATUSES = ['open', 'resolved'] as const
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number]

export const NOTE_KINDS = ['shared', 'private'] as const
export type NoteKind = (typeof NOTE_KINDS)[number]

export const SECTION_KINDS = [
  'check_in',
  'agenda',
  'goal_review',
  'last_agreements',
  'challenges',
  'recognition',
  'next_steps',
  'notes',
  'prompt'
] as const
export type SectionKind = (typeof SECTION_KINDS)[number]

export interface Rep {
  id: number
  name: string
  role: string
  email: string
  startDate: string | null
  cadence: Cadence
  tags: string[]
  nextSessionDate: string | null
  archived: boolean
  isDemo: boolean
  createdAt: string
  updatedAt: string
}

/** One row of the Team screen. */
export interface TeamMember extends Rep {
  lastSessionDate: string | null
  openAgreements: { rep: number; manager: number }
  activeGoals: number
  goalsOnTrack: number
  lastRecognitionDate: string | null
}

export interface Goal {
  id: number
  repId: number
  title: string
  metric: string
  unit: GoalUnit | null
  /** The three-letter code of a money goal's currency (USD, EUR); null for other units. */
  currency: string | null
  baseline: number | null
  target: number | null
  dueDate: string | null
  status: GoalStatus
  archived: boolean
  latestValue: number | null
  latestValueDate: string | null
}

export interface Agreement {
  id: number
  repId: number
  text: string
  owner: Owner
  dueDate: string | null
  status: AgreementStatus
  doneOn: string | null
  createdInSessionId: number | null
  createdOn: string
}

export interface SessionListItem {
  id: number
  repId: number
  scheduledAt: string
  status: SessionStatus
  pulse: number | null
  templateName: string
}

export interface RepDetail {
  rep: Rep
  goals: Goal[]
  openAgreements: Agreement[]
  recentSessions: SessionListItem[]
  lastRecognitionDate: string | null
}

export interface AppStatus {
  databasePath: string
  schemaVersion: number
  repCount: number
  hasDemoData: boolean
  host: 'electron' | 'browser'
}

export const SEARCH_HIT_KINDS = ['note', 'agreement', 'challenge', 'recognition', 'goal'] as const
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number]

/** Marks the start and end of a matched term inside a search snippet. */
export const SNIPPET_MARK_START = '\u0002'
export const SNIPPET_MARK_END = '\u0003'

export interface SearchHit {
  kind: SearchHitKind
  id: number
  sessionId: number | null
  date: string | null
  /** Plain text with matches wrapped in SNIPPET_MARK_START / SNIPPET_MARK_END. */
  snippet: string
  isPrivate: boolean
  /** For a note: which part of its 1:1 holds it (shared, private, or a template section's notes); null for other hits. */
  noteKind: 'shared' | 'private' | 'section' | null
  templateSectionId: number | null
}

export interface SearchGroup {
  repId: number
  repName: string
  hits: SearchHit[]
}

export interface SearchResults {
  query: string
  total: number
  groups: SearchGroup[]
}

// ---------------------------------------------------------------------------------------------
// Sessions (the 1:1 itself)

export interface TemplateSection {
  id: number
  position: number
  kind: SectionKind
  title: string
  prompt: string
}

export interface Template {
  id: number
  name: string
  description: string
  isDefault: boolean
  isBuiltin: boolean
  retired: boolean
  sections: TemplateSection[]
  sessionCount: number
}

export const AGENDA_OUTCOMES = ['discussed', 'carried_over'] as const
export type AgendaOutcome = (typeof AGENDA_OUTCOMES)[number]

export interface TalkingPoint {
  id: number
  repId: number
  text: string
  raisedBy: Owner
  createdAt: string
  discussedInSessionId: number | null
  /** What this session decided about the point, if anything yet. */
  outcome: AgendaOutcome | null
  /** How many earlier 1:1s carried it over. */
  carriedOverCount: number
}

export interface GoalReviewRow {
  goal: Goal
  /** The newest value recorded before this session (from a session or an import). */
  previousValue: number | null
  previousValueDate: string | null
  /** This session's check-in, if one was written. */
  checkIn: { id: number; value: number; status: GoalStatus | null; repAssessment: string; comment: string } | null
}

export const REVIEW_OUTCOMES = ['done', 'missed', 'carried_forward', 'dropped'] as const
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]

export interface ReviewedAgreement extends Agreement {
  /** What this session decided, or null while not reviewed yet. */
  outcome: ReviewOutcome | null
  missedReason: string
  /** How many 1:1s have carried it forward before. */
  carriedForwardCount: number
}

export interface Challenge {
  id: number
  repId: number
  text: string
  supportOffered: string
  status: ChallengeStatus
  raisedOn: string
  resolvedOn: string | null
  raisedInSessionId: number | null
  resolvedInSessionId: number | null
  /** In how many 1:1s it came up. */
  sessionCount: number
}

export interface Recognition {
  id: number
  repId: number
  sessionId: number | null
  goalId: number | null
  what: string
  behaviour: string
  recognizedOn: string
}

export interface NoteDoc {
  /** tiptap / ProseMirror JSON document. */
  doc: unknown
  text: string
  revision: number
  updatedAt: string | null
}

export interface SessionNotes {
  shared: NoteDoc
  private: NoteDoc
  /** Free-text prompt sections, by template section id. */
  sections: Record<number, NoteDoc>
}

export interface Session {
  id: number
  repId: number
  templateId: number | null
  templateName: string
  scheduledAt: string
  status: SessionStatus
  startedAt: string | null
  completedAt: string | null
  durationSeconds: number | null
  pulse: number | null
  checkInText: string
  editedAfterCompletionAt: string | null
  updatedAt: string
}

export interface SessionDetail {
  session: Session
  rep: Rep
  sections: TemplateSection[]
  agenda: TalkingPoint[]
  goalReview: GoalReviewRow[]
  lastAgreements: ReviewedAgreement[]
  challenges: Challenge[]
  recognitions: Recognition[]
  newAgreements: Agreement[]
  notes: SessionNotes
  /** The date "Next steps" due dates default to: the rep's next 1:1 after this one. */
  suggestedDueDate: string
}

export interface FinishResult {
  session: Session
  nextSessionDate: string
}

// ---------------------------------------------------------------------------------------------
// Before the meeting: follow-through, nudges, the Team overview, the brief and a rep's history

/** How far back follow-through looks, in days (the window is [today − 90 days, today]). */
export const FOLLOW_THROUGH_WINDOW_DAYS = 90

/** The one definition of follow-through, worded for a tooltip and the docs. */
export const FOLLOW_THROUGH_DEFINITION =
  'Follow-through is the share of agreements kept: of the agreements due in the last 90 days, ' +
  'those done (on time or late) out of those done, missed or still open past their due date. ' +
  'Dropped agreements are left out and shown separately. An agreement due today and still open ' +
  'does not count yet, and one without a due date never counts. Shown for the rep and for you, side by side.'

/** Follow-through of one owner (the rep or the manager) over a window of due dates. */
export interface FollowThrough {
  /** Agreements due in the window, dropped ones not included. */
  due: number
  done: number
  /** Done on or before the due date (or with no recorded done date). */
  doneOnTime: number
  doneLate: number
  missed: number
  /** Still open and past their due date: they count against. */
  overdueOpen: number
  /** Open and due today: not counted yet. */
  dueTodayOpen: number
  /** Dropped: left out of the rate, shown separately. */
  dropped: number
  /** done + missed + overdueOpen: what the rate is taken over. */
  counted: number
  /** done / counted, from 0 to 1; null when nothing is counted. */
  rate: number | null
}

export interface FollowThroughByOwner {
  rep: FollowThrough
  manager: FollowThrough
}

export interface DateWindow {
  from: string
  to: string
  days: number
}

export const NUDGE_RULES = [
  'overdue_cadence',
  'ownership_balance',
  'too_many_agreements',
  'recognition_drought',
  'recurring_challenge',
  'goals_not_measurable',
  'agreements_without_due_date'
] as const
export type NudgeRule = (typeof NUDGE_RULES)[number]

export const GOAL_FIELDS = ['metric', 'target', 'due_date'] as const
export type GoalField = (typeof GOAL_FIELDS)[number]

/** The facts that made each rule fire. */
export interface NudgeFactsByRule {
  overdue_cadence: { cadence: Cadence; dueDate: string; daysOverdue: number; lastSessionDate: string | null }
  ownership_balance: { managerOwned: number; repOwned: number; total: number; sessions: number }
  too_many_agreements: { sessionId: number; sessionDate: string; created: number }
  recognition_drought: { lastRecognitionDate: string | null; daysSince: number | null; sessionsWithout: number }
  recurring_challenge: { challenges: Array<{ id: number; text: string; sessionCount: number }> }
  goals_not_measurable: { goals: Array<{ id: number; title: string; missing: GoalField[] }> }
  agreements_without_due_date: { agreements: Array<{ id: number; text: string; owner: Owner }> }
}

/** A gentle nudge of the micromanagement guard: advice, never a block. */
export type Nudge = {
  [R in NudgeRule]: {
    rule: R
    title: string
    /** Why it matters, in plain language. */
    why: string
    /** What triggered it, in one sentence. */
    detail: string
    facts: NudgeFactsByRule[R]
  }
}[NudgeRule]

export interface DismissedNudge {
  nudge: Nudge
  dismissedAt: string
  /** The first day it shows again even if nothing changed ('YYYY-MM-DD'). */
  until: string
}

export interface RepNudges {
  repId: number
  nudges: Nudge[]
  /** Nudges that apply but were dismissed and are still hidden. */
  dismissed: DismissedNudge[]
}

export const NEXT_SESSION_STATES = ['overdue', 'due_today', 'upcoming', 'not_scheduled'] as const
export type NextSessionState = (typeof NEXT_SESSION_STATES)[number]

export interface NextSessionStatus {
  /** The next 1:1 as set for the rep, or null. */
  date: string | null
  /** When a 1:1 is due: the next date, or else the last 1:1 plus the cadence; null if neither is known. */
  dueDate: string | null
  state: NextSessionState
  /** Days past `dueDate` (0 unless overdue). */
  daysOverdue: number
  /** Days until `dueDate` (negative when overdue), or null. */
  daysUntil: number | null
}

/** One row of the Team screen, with everything it shows. */
export interface TeamOverviewMember extends TeamMember {
  nextSession: NextSessionStatus
  /** A 1:1 of this rep currently in progress, if any. */
  sessionInProgressId: number | null
  overdueAgreements: { rep: number; manager: number }
  followThrough: FollowThroughByOwner
  daysSinceRecognition: number | null
  nudges: Nudge[]
  /** How many nudges apply but are dismissed. */
  dismissedNudges: number
}

export interface TeamOverview {
  today: string
  followThroughWindow: DateWindow
  /** Active reps first; overdue first (most overdue first), then by due date, then by name. */
  members: TeamOverviewMember[]
}

export interface BriefLastSession {
  id: number
  scheduledAt: string
  date: string
  daysAgo: number
  pulse: number | null
  templateName: string
  checkInText: string
  /** At most three lines / 300 characters of plain text: the shared notes, or else the check-in. */
  summary: string
  summarySource: 'shared_notes' | 'check_in' | 'none'
}

export interface BriefAgreement extends Agreement {
  overdue: boolean
  daysOverdue: number
  /** How many 1:1s carried it forward. */
  carriedForwardCount: number
}

export interface GoalMovement {
  goal: Goal
  measurable: boolean
  missing: GoalField[]
  /** The newest value recorded before the day of the last completed 1:1: what that 1:1 started from. */
  valueBeforeLastSession: number | null
  valueBeforeLastSessionDate: string | null
  /** The newest value now. */
  currentValue: number | null
  currentValueDate: string | null
  /** currentValue − valueBeforeLastSession, when both are known: what moved in the last 1:1 and since. */
  delta: number | null
}

export interface BriefChallenge extends Challenge {
  /** Still open after coming up in 3 or more 1:1s. */
  recurring: boolean
}

export interface PulsePoint {
  sessionId: number
  date: string
  pulse: number | null
}

export const SUGGESTION_KINDS = [
  'follow_up',
  'pulse',
  'goal',
  'challenge',
  'recognition',
  'talking_point',
  'ownership',
  'due_date',
  'measurable_goal'
] as const
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number]

export interface SuggestedTalkingPoint {
  kind: SuggestionKind
  text: string
  /** What it is about, to link to; null for general points. */
  ref: { type: 'agreement' | 'goal' | 'challenge' | 'talking_point' | 'session'; id: number } | null
}

/** The pre-meeting page: everything to walk into a 1:1 prepared, in one read. */
export interface RepBrief {
  rep: Rep
  today: string
  lastSession: BriefLastSession | null
  sessionInProgressId: number | null
  nextSession: NextSessionStatus
  /** Open agreements per owner, overdue first (most overdue first), then by due date. */
  agreements: { rep: BriefAgreement[]; manager: BriefAgreement[] }
  followThrough: FollowThroughByOwner
  followThroughWindow: DateWindow
  /** Active goals, due soonest first. */
  goals: GoalMovement[]
  /** Open challenges, recurring first. */
  challenges: BriefChallenge[]
  lastRecognitionDate: string | null
  daysSinceRecognition: number | null
  /** The last 8 completed 1:1s, oldest first. */
  pulseTrend: PulsePoint[]
  nudges: Nudge[]
  talkingPoints: TalkingPoint[]
  suggestions: SuggestedTalkingPoint[]
}

export interface TimelineEntry {
  id: number
  scheduledAt: string
  date: string
  status: SessionStatus
  pulse: number | null
  templateName: string
  durationSeconds: number | null
  counts: { agreementsCreated: number; agreementsReviewed: number; recognitions: number; challenges: number }
  /** The first ~200 characters of the shared notes, as plain text on one line. */
  notesExcerpt: string
  hasPrivateNotes: boolean
}

export interface TimelinePage {
  items: TimelineEntry[]
  /** Pass as `before` for the next (older) page; null at the end. */
  nextCursor: string | null
}

export interface LedgerAgreement extends Agreement {
  missedReason: string
  reviewedInSessionId: number | null
  /** Date of the 1:1 that last reviewed it, or null. */
  reviewedOn: string | null
  carriedForwardCount: number
  overdue: boolean
  daysOverdue: number
}

export interface RecognitionLogEntry extends Recognition {
  goalTitle: string | null
}

export interface ChallengeHistoryEntry extends Challenge {
  recurring: boolean
  /** Date of the last 1:1 it came up in, or null. */
  lastCameUpOn: string | null
}

export interface GoalCheckInPoint {
  id: number
  date: string
  value: number
  source: 'session' | 'import'
  sessionId: number | null
  status: GoalStatus | null
  comment: string
}

export interface GoalProgress {
  goal: Goal
  /** When the goal started: its period start, or else the day it was created. */
  startDate: string
  createdOn: string
  measurable: boolean
  missing: GoalField[]
  /** Oldest first. */
  checkIns: GoalCheckInPoint[]
  /** The pace needed: a straight line from the baseline at the start to the target on the due date. */
  pace: { from: { date: string; value: number }; to: { date: string; value: number }; expectedToday: number } | null
  /** How far from baseline to target the newest value is, in percent (can exceed 100 or be negative). */
  attainmentPercent: number | null
  /** The status the pace suggests for the newest value, null when it cannot tell. */
  suggestedStatus: ProgressStatus | null
  /** Whether the goal's status follows that suggestion ('pace') or was set by the manager. */
  statusSource: GoalStatusSource
  currency: string | null
}

// ---------------------------------------------------------------------------------------------
// Preferences (stored with electron-store in the app, in a JSON file beside the database in the
// browser host; never in the database)

export const THEMES = ['system', 'light', 'dark'] as const
/** The date formats Settings offers (date-fns patterns). */
export const DATE_FORMATS = ['d MMM yyyy', 'yyyy-MM-dd', 'MM/dd/yyyy', 'dd/MM/yyyy', 'dd.MM.yyyy'] as const
export type Theme = (typeof THEMES)[number]
export type DateFormat = (typeof DATE_FORMATS)[number]

export interface Preferences {
  defaultCadence: Cadence
  defaultSessionMinutes: number
  /** 0 = Sunday … 6 = Saturday, as date-fns counts. */
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6
  theme: Theme
  dateFormat: DateFormat
  remindersEnabled: boolean
  /** Automatic daily backups older than this many days are removed. */
  backupRetentionDays: number
  /** The manager's own name: the summary says "What I owe you — <name>", agreement changes record it. */
  yourName: string
}

export const DEFAULT_PREFERENCES: Preferences = {
  defaultCadence: 'biweekly',
  defaultSessionMinutes: 30,
  weekStartsOn: 1,
  theme: 'system',
  dateFormat: 'd MMM yyyy',
  remindersEnabled: true,
  backupRetentionDays: 14,
  yourName: ''
}

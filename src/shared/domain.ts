// Domain types shared by the data core, the API contract and the renderer.
// Dates are ISO calendar dates ("2026-03-14"); timestamps are ISO date-times in UTC.

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

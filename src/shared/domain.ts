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
// Preferences (stored with electron-store in the app, in a JSON file beside the database in the
// browser host; never in the database)

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export interface Preferences {
  defaultCadence: Cadence
  defaultSessionMinutes: number
  /** 0 = Sunday … 6 = Saturday, as date-fns counts. */
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6
  theme: Theme
  dateFormat: string
  remindersEnabled: boolean
  backupsToKeep: number
}

export const DEFAULT_PREFERENCES: Preferences = {
  defaultCadence: 'biweekly',
  defaultSessionMinutes: 30,
  weekStartsOn: 1,
  theme: 'system',
  dateFormat: 'd MMM yyyy',
  remindersEnabled: true,
  backupsToKeep: 14
}

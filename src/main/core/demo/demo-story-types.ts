// The shape of a demo rep's story: who they are, what they are working towards and the moments
// that make their last months recognisable. The builder turns a story into rows; everything
// in time is relative — sessions counted back from the latest 1:1 ("ago"), goals and
// pending talking points in days from today — so the team looks current on any date.
import type { Cadence, GoalStatus, GoalUnit, Owner } from '@shared/domain'
import type { BlockNode } from './tiptap'

/** A deal, prospect or customer the rep works on. Text may use {account} and {contact}. */
export interface Account {
  name: string
  contact: string
}

export interface GoalStory {
  /** Lets recognitions point at the goal. */
  key: string
  title: string
  metric: string
  unit: GoalUnit
  currency?: string
  baseline: number
  /** null: the goal is deliberately "not measurable yet". */
  target: number | null
  /** When the goal was set, in days before today. */
  startDaysAgo: number
  /** Days from today; negative for a goal whose period has ended. */
  dueInDays: number
  /** 'cumulative' adds up over the period (ARR, calls held); 'level' moves both ways (a rate). */
  shape: 'cumulative' | 'level'
  /** The value at the latest check-in. */
  current: number
  /** Where the story needs them, the values of the latest check-ins (index 0 = latest, = current). */
  latestValues?: number[]
  status: GoalStatus
  /** Counted from the start date to the due date ('custom' period), rather than a plain deadline. */
  periodic?: boolean
}

export interface AgreementStory {
  text: string
  owner: Owner
  /** Days after the session. Default: the next 1:1. */
  dueInDays?: number
  /** The next such weekday after the session (1 = Monday … 5 = Friday), for "by Friday". */
  dueWeekday?: 1 | 2 | 3 | 4 | 5
  /** Default: open for the latest 1:1, otherwise drawn at random (mostly done). */
  outcome?: 'done' | 'missed' | 'dropped' | 'open'
  missedReason?: string
}

/** A 1:1 told in detail; the others are filled in from the rep's phrases. */
export interface MomentStory {
  /** 0 = the latest completed 1:1, 1 = the one before, … */
  ago: number
  pulse?: number
  checkIn?: string
  /** Replaces the generated shared note. */
  note?: BlockNode[]
  privateNote?: string
  /** Replaces the generated agreements. */
  agreements?: AgreementStory[]
}

export interface ChallengeStory {
  text: string
  support: string
  /** Every 1:1 it came up in, oldest first; the first is where it was raised. */
  mentions: Array<{ ago: number; comment: string }>
  /** Resolved in the last mentioned 1:1; otherwise still open. */
  resolved: boolean
}

export interface RecognitionStory {
  ago: number
  what: string
  behaviour: string
  goal?: string
}

export interface TalkingPointStory {
  text: string
  raisedBy: Owner
  /** The 1:1 where it was discussed; omitted for one still waiting for the next 1:1. */
  discussedAgo?: number
  /** For a pending point: jotted this many days before today. */
  addedDaysAgo?: number
}

export interface CheckInLines {
  high: string[]
  mid: string[]
  low: string[]
}

export interface RepPhrases {
  /** Heading over the pipeline bullets in shared notes. */
  notesHeading: string
  /** One line per account update, starting with "{account}:" (shown in bold). */
  pipeline: string[]
  /** What the 1:1 focused on, one paragraph. */
  focus: string[]
  repAgreements: string[]
  managerAgreements: string[]
  privateNotes: string[]
  /** The rep's own voice for check-ins; defaults to the team-wide lines. */
  checkIns?: CheckInLines
}

export interface RepStory {
  /** Seeds the rep's random choices. */
  key: string
  name: string
  role: string
  email: string
  tags: string[]
  cadence: Cadence
  startDaysAgo: number
  /** The usual 1:1 slot, local 'HH:MM'. */
  time: string
  /** Completed 1:1s, all within the six months before today. */
  sessionCount: number
  /** The next 1:1 relative to today: negative = overdue. */
  nextSessionInDays: number
  /** Leave a planned session on the next date. */
  plannedNext?: boolean
  /** Usual pulse, and the latest ones (index 0 = latest 1:1) where the story needs them. */
  pulse: { usual: number; recent?: number[] }
  accounts: Account[]
  goals: GoalStory[]
  challenges: ChallengeStory[]
  recognitions: RecognitionStory[]
  talkingPoints: TalkingPointStory[]
  moments: MomentStory[]
  phrases: RepPhrases
}

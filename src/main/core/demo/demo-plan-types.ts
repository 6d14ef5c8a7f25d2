// What a demo rep's plan holds: every 1:1, agreement, goal and check-in, challenge, recognition
// and talking point, with real dates (demo-plan.ts makes it, demo-writer.ts writes it).
import type { AgreementStatus, ChallengeStatus, GoalStatus, Owner } from '@shared/domain'
import type { GoalStory, RepStory } from './demo-story-types'
import type { DocNode } from './tiptap'

export interface SessionPlan {
  ago: number
  date: string
  scheduledAt: string
  startedAt: string
  completedAt: string
  durationSeconds: number
  pulse: number
  checkIn: string
  createdAt: string
  sharedNote: DocNode
  privateNote: DocNode | null
}

export interface AgreementPlan {
  sessionAgo: number
  text: string
  owner: Owner
  dueDate: string
  status: AgreementStatus
  doneOn: string | null
  missedReason: string
  reviewedAgo: number | null
  createdOn: string
  createdAt: string
  updatedAt: string
}

export interface CheckinPlan {
  sessionAgo: number
  value: number
  recordedOn: string
  comment: string
  repAssessment: string
  status: GoalStatus
  createdAt: string
}

export interface GoalPlan {
  story: GoalStory
  dueDate: string
  periodStart: string | null
  createdAt: string
  updatedAt: string
  checkins: CheckinPlan[]
}

export interface ChallengePlan {
  text: string
  support: string
  status: ChallengeStatus
  raisedAgo: number
  resolvedAgo: number | null
  raisedOn: string
  resolvedOn: string | null
  createdAt: string
  updatedAt: string
  mentions: Array<{ ago: number; comment: string }>
}

export interface RecognitionPlan {
  ago: number
  goalKey: string | null
  what: string
  behaviour: string
  recognizedOn: string
  createdAt: string
}

export interface TalkingPointPlan {
  text: string
  raisedBy: Owner
  discussedAgo: number | null
  createdAt: string
  updatedAt: string
}

export interface RepPlan {
  story: RepStory
  startDate: string
  nextSessionDate: string
  createdAt: string
  /** Index = ago: sessions[0] is the latest completed 1:1. */
  sessions: SessionPlan[]
  planned: { scheduledAt: string; createdAt: string } | null
  goals: GoalPlan[]
  /** Oldest session first. */
  agreements: AgreementPlan[]
  challenges: ChallengePlan[]
  recognitions: RecognitionPlan[]
  talkingPoints: TalkingPointPlan[]
}

// Goals: the editor, their lifecycle and status, check-ins during a 1:1, progress.
import { z } from 'zod'
import { GOAL_STATUSES, type GoalProgress, type GoalReviewRow } from '@shared/domain'
import { GOAL_LIFECYCLE_ACTIONS, PROGRESS_STATUSES, goalInputSchema, type GoalDetails, type RepGoals } from '@shared/goals'
import { id, longText } from './fields'
import { method, type FeatureContract } from './method'

const finiteNumber = z.number({ error: 'Enter a number.' }).refine(Number.isFinite, 'Enter a number.')

export const goalsContract = {
  'goals.recordCheckIn': method<GoalReviewRow>()(
    z
      .object({
        sessionId: id,
        goalId: id,
        value: finiteNumber,
        status: z.enum(GOAL_STATUSES).nullable().default(null),
        repAssessment: longText(2000).default(''),
        comment: longText(2000).default('')
      })
      .strict()
  ),
  'goals.clearCheckIn': method<GoalReviewRow>()(z.object({ sessionId: id, goalId: id }).strict()),
  'goals.progress': method<GoalProgress>()(z.object({ goalId: id }).strict()),
  'goals.list': method<RepGoals>()(z.object({ repId: id }).strict()),
  'goals.create': method<GoalDetails>()(goalInputSchema({ repId: id })),
  'goals.update': method<GoalDetails>()(goalInputSchema({ id })),
  'goals.setLifecycle': method<GoalDetails>()(
    z.object({ id, action: z.enum(GOAL_LIFECYCLE_ACTIONS, { error: 'Choose achieved, dropped, archived or reactivate.' }) }).strict()
  ),
  'goals.overrideStatus': method<GoalDetails>()(
    z.object({ id, status: z.enum(PROGRESS_STATUSES, { error: 'Choose on track, at risk or off track, or null to follow the suggestion.' }).nullable() }).strict()
  )
} satisfies FeatureContract

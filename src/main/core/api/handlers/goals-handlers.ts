import type { goalsContract } from '@shared/contract/goals'
import { changeGoalLifecycle, createGoal, listRepGoals, overrideGoalStatus, updateGoal } from '../../services/goal-editor'
import { getGoalProgress } from '../../services/goal-progress'
import { clearCheckIn, recordCheckIn } from '../../services/goal-review'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createGoalsHandlers({ services }: HandlerContext): HandlersFor<keyof typeof goalsContract> {
  return {
    'goals.recordCheckIn': (input) => recordCheckIn(services, input),
    'goals.clearCheckIn': (input) => clearCheckIn(services, input),
    'goals.progress': ({ goalId }) => getGoalProgress(services, goalId),
    'goals.list': ({ repId }) => listRepGoals(services, repId),
    'goals.create': (input) => createGoal(services, input),
    'goals.update': (input) => updateGoal(services, input),
    'goals.setLifecycle': (input) => changeGoalLifecycle(services, input),
    'goals.overrideStatus': (input) => overrideGoalStatus(services, input)
  }
}

import type { challengesContract } from '@shared/contract/challenges'
import { createChallenge, editChallenge } from '../../services/challenges'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createChallengesHandlers({ services }: HandlerContext): HandlersFor<keyof typeof challengesContract> {
  return {
    'challenges.create': (input) => createChallenge(services, input),
    'challenges.update': (input) => editChallenge(services, input)
  }
}

import type { nudgesContract } from '@shared/contract/nudges'
import { dismissNudge, listRepNudges, restoreNudge } from '../../services/nudges'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createNudgesHandlers({ services }: HandlerContext): HandlersFor<keyof typeof nudgesContract> {
  return {
    'nudges.list': ({ repId }) => listRepNudges(services, repId),
    'nudges.dismiss': (input) => dismissNudge(services, input),
    'nudges.restore': (input) => restoreNudge(services, input)
  }
}

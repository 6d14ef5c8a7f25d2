import type { agendaContract } from '@shared/contract/agenda'
import { addTalkingPoint, editTalkingPoint, listOpenTalkingPoints, removeTalkingPoint, setAgendaOutcome } from '../../services/agenda'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createAgendaHandlers({ services }: HandlerContext): HandlersFor<keyof typeof agendaContract> {
  return {
    'talkingPoints.add': (input) => addTalkingPoint(services, input),
    'talkingPoints.update': (input) => editTalkingPoint(services, input),
    'talkingPoints.remove': ({ id }) => removeTalkingPoint(services, id),
    'talkingPoints.listOpen': ({ repId }) => listOpenTalkingPoints(services, repId),
    'talkingPoints.setOutcome': (input) => setAgendaOutcome(services, input)
  }
}

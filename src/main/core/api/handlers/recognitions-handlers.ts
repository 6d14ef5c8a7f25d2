import type { recognitionsContract } from '@shared/contract/recognitions'
import { giveRecognition } from '../../services/recognition-between-sessions'
import { createRecognition, editRecognition, removeRecognition } from '../../services/recognitions'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createRecognitionsHandlers({ services }: HandlerContext): HandlersFor<keyof typeof recognitionsContract> {
  return {
    'recognitions.create': (input) => createRecognition(services, input),
    'recognitions.update': (input) => editRecognition(services, input),
    'recognitions.remove': ({ id }) => removeRecognition(services, id),
    'recognitions.give': (input) => giveRecognition(services, input)
  }
}

import type { recognitionsContract } from '@shared/contract/recognitions'
import { createRecognition, editRecognition, giveRecognition, removeRecognition } from '../../services/recognitions'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createRecognitionsHandlers({ services }: HandlerContext): HandlersFor<keyof typeof recognitionsContract> {
  return {
    'recognitions.create': (input) => createRecognition(services, input),
    'recognitions.update': (input) => editRecognition(services, input),
    'recognitions.remove': ({ id }) => removeRecognition(services, id),
    'recognitions.give': (input) => giveRecognition(services, input)
  }
}

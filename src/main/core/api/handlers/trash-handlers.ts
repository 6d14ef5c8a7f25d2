import type { trashContract } from '@shared/contract/trash'
import { emptyTrash, listTrash, moveToTrash, restoreFromTrash } from '../../trash/trash-service'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createTrashHandlers({ services }: HandlerContext): HandlersFor<keyof typeof trashContract> {
  return {
    'reps.delete': ({ id }) => moveToTrash(services, 'rep', id),
    'sessions.delete': ({ id }) => moveToTrash(services, 'session', id),
    'goals.delete': ({ id }) => moveToTrash(services, 'goal', id),
    'agreements.delete': ({ id }) => moveToTrash(services, 'agreement', id),
    'trash.list': () => listTrash(services),
    'trash.restore': ({ id }) => restoreFromTrash(services, id),
    'trash.empty': () => emptyTrash(services)
  }
}

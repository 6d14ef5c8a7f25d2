import type { agreementsContract } from '@shared/contract/agreements'
import { agreementHistory, changeAgreement } from '../../services/agreement-changes'
import { createAgreement, editAgreement, removeAgreement, reviewAgreement } from '../../services/agreement-review'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createAgreementsHandlers({ services }: HandlerContext): HandlersFor<keyof typeof agreementsContract> {
  return {
    'agreements.create': (input) => createAgreement(services, input),
    'agreements.update': (input) => editAgreement(services, input),
    'agreements.remove': ({ id }) => removeAgreement(services, id),
    'agreements.review': (input) => reviewAgreement(services, input),
    'agreements.change': (input) => changeAgreement(services, input),
    'agreements.history': ({ id }) => agreementHistory(services, id)
  }
}

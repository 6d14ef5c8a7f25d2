// The types every feature's handlers share: one function per contract method, receiving input
// already validated by `dispatch`.
import type { ApiMethod } from '@shared/api-methods'
import type { MethodParsedInput, MethodResult } from '@shared/contract'
import type { CoreContext } from '../context'
import type { ServiceContext } from '../services/service-context'

/** The handlers of some methods (a feature's). */
export type HandlersFor<M extends ApiMethod> = { [K in M]: (input: MethodParsedInput<K>) => MethodResult<K> }

/** One function per contract method. */
export type ApiHandlers = HandlersFor<ApiMethod>

/** What a feature's handlers are built from: the core's context and the services' view of it. */
export interface HandlerContext {
  core: CoreContext
  services: ServiceContext
}

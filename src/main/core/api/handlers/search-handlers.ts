import type { searchContract } from '@shared/contract/search'
import { searchEverything } from '../../repositories/search-repository'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createSearchHandlers({ services }: HandlerContext): HandlersFor<keyof typeof searchContract> {
  return {
    'search.query': ({ query, limit }) => searchEverything(services.db, query, limit)
  }
}

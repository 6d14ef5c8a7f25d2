// Search across reps, notes and items.
import { z } from 'zod'
import type { SearchResults } from '@shared/domain'
import { method, type FeatureContract } from './method'

export const searchContract = {
  'search.query': method<SearchResults>()(
    z
      .object({
        query: z.string().max(200, 'Keep the search under 200 characters.'),
        limit: z.number().int().min(1).max(200).default(50)
      })
      .strict()
  )
} satisfies FeatureContract

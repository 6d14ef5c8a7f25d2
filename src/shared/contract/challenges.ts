// Challenges a rep raises in a 1:1 and the support offered.
import { z } from 'zod'
import type { Challenge } from '@shared/domain'
import { id, itemText, longText } from './fields'
import { method, type FeatureContract } from './method'

export const challengesContract = {
  'challenges.create': method<Challenge>()(z.object({ sessionId: id, text: itemText('A challenge'), supportOffered: longText(4000).default('') }).strict()),
  'challenges.update': method<Challenge>()(
    z
      .object({
        id,
        sessionId: id,
        text: itemText('A challenge').optional(),
        supportOffered: longText(4000).optional(),
        status: z.enum(['open', 'resolved']).optional()
      })
      .strict()
  )
} satisfies FeatureContract

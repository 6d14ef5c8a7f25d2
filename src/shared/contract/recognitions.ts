// Recognition given in a 1:1, optionally for a goal.
import { z } from 'zod'
import type { Recognition } from '@shared/domain'
import { id, itemText, longText } from './fields'
import { method, type FeatureContract } from './method'

export const recognitionsContract = {
  'recognitions.create': method<Recognition>()(
    z.object({ sessionId: id, what: itemText('What you recognise'), behaviour: longText(4000).default(''), goalId: id.nullable().default(null) }).strict()
  ),
  'recognitions.update': method<Recognition>()(
    z.object({ id, what: itemText('What you recognise').optional(), behaviour: longText(4000).optional(), goalId: id.nullable().optional() }).strict()
  ),
  'recognitions.remove': method<{ id: number }>()(z.object({ id }).strict()),
  // Between 1:1s, from the Rep screen or Team: dated today, tied to no 1:1.
  'recognitions.give': method<Recognition>()(
    z.object({ repId: id, what: itemText('What you recognise'), behaviour: longText(4000).default(''), goalId: id.nullable().default(null) }).strict()
  )
} satisfies FeatureContract

// Agreements made in a 1:1 and reviewed in the next.
import { z } from 'zod'
import { OWNERS, REVIEW_OUTCOMES, type Agreement, type ReviewedAgreement } from '@shared/domain'
import { id, isoDate, itemText, longText } from './fields'
import { method, type FeatureContract } from './method'

export const agreementsContract = {
  'agreements.create': method<Agreement>()(
    z.object({ sessionId: id, text: itemText('An agreement'), owner: z.enum(OWNERS).default('rep'), dueDate: isoDate.nullable().default(null) }).strict()
  ),
  'agreements.update': method<Agreement>()(
    z.object({ id, text: itemText('An agreement').optional(), owner: z.enum(OWNERS).optional(), dueDate: isoDate.nullable().optional() }).strict()
  ),
  'agreements.remove': method<{ id: number }>()(z.object({ id }).strict()),
  'agreements.review': method<ReviewedAgreement>()(
    z.object({ id, sessionId: id, outcome: z.enum(REVIEW_OUTCOMES).nullable(), missedReason: longText(2000).default(''), dueDate: isoDate.nullable().optional() }).strict()
  )
} satisfies FeatureContract

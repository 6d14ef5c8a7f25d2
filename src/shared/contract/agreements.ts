// Agreements made in a 1:1 and reviewed in the next.
import { z } from 'zod'
import type { AgreementChange } from '@shared/agreement-changes'
import { OWNERS, REVIEW_OUTCOMES, type Agreement, type LedgerAgreement, type ReviewedAgreement } from '@shared/domain'
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
  ),
  // Between 1:1s, from the Agreements ledger or the Brief; each change is kept in its history.
  'agreements.change': method<LedgerAgreement>()(
    z
      .object({ id, status: z.enum(['open', 'done'], { error: 'Mark it done or open.' }).optional(), dueDate: isoDate.nullable().optional(), owner: z.enum(OWNERS).optional() })
      .strict()
      .refine((input) => input.status !== undefined || input.dueDate !== undefined || input.owner !== undefined, { message: 'Say what to change: done, the due date or the owner.' })
  ),
  'agreements.history': method<AgreementChange[]>()(z.object({ id }).strict())
} satisfies FeatureContract

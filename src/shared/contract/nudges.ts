// Nudges on a rep's page: list, dismiss, bring back.
import { z } from 'zod'
import { NUDGE_RULES, type RepNudges } from '@shared/domain'
import { id } from './fields'
import { method, type FeatureContract } from './method'

const nudgeRule = z.enum(NUDGE_RULES, { error: 'This is not a nudge Kept knows.' })

export const nudgesContract = {
  'nudges.list': method<RepNudges>()(z.object({ repId: id }).strict()),
  'nudges.dismiss': method<RepNudges>()(z.object({ repId: id, rule: nudgeRule }).strict()),
  'nudges.restore': method<RepNudges>()(z.object({ repId: id, rule: nudgeRule }).strict())
} satisfies FeatureContract

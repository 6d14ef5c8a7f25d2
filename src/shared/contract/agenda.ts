// A rep's agenda: talking points raised before or during a 1:1, and their outcome.
import { z } from 'zod'
import { AGENDA_OUTCOMES, OWNERS, type TalkingPoint } from '@shared/domain'
import { id, itemText } from './fields'
import { method, type FeatureContract } from './method'

export const agendaContract = {
  'talkingPoints.add': method<TalkingPoint>()(z.object({ repId: id, text: itemText('A talking point', 1000), raisedBy: z.enum(OWNERS).default('manager') }).strict()),
  'talkingPoints.update': method<TalkingPoint>()(z.object({ id, text: itemText('A talking point', 1000).optional(), raisedBy: z.enum(OWNERS).optional() }).strict()),
  'talkingPoints.remove': method<{ id: number }>()(z.object({ id }).strict()),
  'talkingPoints.listOpen': method<TalkingPoint[]>()(z.object({ repId: id }).strict()),
  'talkingPoints.setOutcome': method<TalkingPoint>()(z.object({ id, sessionId: id, outcome: z.enum(AGENDA_OUTCOMES).nullable() }).strict())
} satisfies FeatureContract

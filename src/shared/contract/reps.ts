// Reps and the team: the roster, one rep's page (brief, timeline, ledgers) and the team overview.
import { z } from 'zod'
import { AGREEMENT_STATUSES, CADENCES, OWNERS } from '@shared/domain'
import type {
  ChallengeHistoryEntry,
  LedgerAgreement,
  RecognitionLogEntry,
  Rep,
  RepBrief,
  RepDetail,
  TeamMember,
  TeamOverview,
  TimelinePage
} from '@shared/domain'
import { id, isoDate } from './fields'
import { method, type FeatureContract } from './method'

const repName = z.string({ error: 'A name is required.' }).trim().min(1, 'A name is required.').max(120, 'Keep the name under 120 characters.')
const repRole = z.string().trim().max(120, 'Keep the role under 120 characters.')
const repEmail = z
  .string()
  .trim()
  .max(254, 'This email address is too long.')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'Enter an email address like name@company.com, or leave it empty.')
const tags = z
  .array(z.string().trim().min(1, 'A tag cannot be empty.').max(40, 'Keep each tag under 40 characters.'))
  .max(20, 'Use at most 20 tags.')

const repFields = {
  name: repName,
  role: repRole,
  email: repEmail,
  startDate: isoDate.nullable(),
  cadence: z.enum(CADENCES, { error: 'Choose weekly, biweekly or monthly.' }),
  tags,
  nextSessionDate: isoDate.nullable()
}

export const repFieldsSchema = z.object({
  ...repFields,
  role: repFields.role.default(''),
  email: repFields.email.default(''),
  startDate: repFields.startDate.default(null),
  /** Absent: the default cadence from the preferences. */
  cadence: repFields.cadence.optional(),
  tags: repFields.tags.default([]),
  nextSessionDate: repFields.nextSessionDate.default(null)
})
/** A partial update: only the fields present change (no defaults are filled in). */
export const repChangesSchema = z.object(repFields).partial()
export type RepFields = z.input<typeof repFieldsSchema>

/** A place in a rep's timeline, as returned in `nextCursor`: the last entry's date and time, '~', its id. */
const timelineCursor = z
  .string()
  .max(40, 'This is not a place in the timeline. Start again from the newest 1:1.')
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?~[1-9]\d{0,15}$/, 'This is not a place in the timeline. Start again from the newest 1:1.')

export const repsContract = {
  'reps.list': method<TeamMember[]>()(z.object({ includeArchived: z.boolean().default(false) }).strict()),
  'reps.get': method<RepDetail>()(z.object({ id }).strict()),
  'reps.create': method<Rep>()(repFieldsSchema.strict()),
  'reps.update': method<Rep>()(z.object({ id, changes: repChangesSchema.strict() }).strict()),
  'reps.setArchived': method<Rep>()(z.object({ id, archived: z.boolean() }).strict()),
  /** One rep by id or name, as the command line's --rep takes it (the rule: services/rep-lookup.ts). */
  'reps.find': method<Rep>()(
    z.object({ nameOrId: z.string({ error: 'Give a rep\'s name or id.' }).trim().min(1, 'Give a rep\'s name or id.').max(200, 'Keep the name under 200 characters.') }).strict()
  ),

  'team.overview': method<TeamOverview>()(z.object({ includeArchived: z.boolean().default(false) }).strict()),
  'reps.brief': method<RepBrief>()(z.object({ id }).strict()),
  'reps.timeline': method<TimelinePage>()(
    z
      .object({
        repId: id,
        before: timelineCursor.optional(),
        limit: z.number().int('The page size is a whole number.').min(1, 'Ask for at least one 1:1.').max(100, 'Ask for at most 100 1:1s at a time.').default(30)
      })
      .strict()
  ),
  'reps.agreements': method<LedgerAgreement[]>()(
    z.object({ repId: id, owner: z.enum(OWNERS).optional(), status: z.enum(AGREEMENT_STATUSES).optional() }).strict()
  ),
  'reps.recognitions': method<RecognitionLogEntry[]>()(z.object({ repId: id }).strict()),
  'reps.challenges': method<ChallengeHistoryEntry[]>()(z.object({ repId: id }).strict())
} satisfies FeatureContract

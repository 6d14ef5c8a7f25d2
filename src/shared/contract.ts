// The one typed API between the renderer and main: each method's input schema (validated at
// runtime in main, before any handler runs) and its result type.
import { z } from 'zod'
import type { ApiMethod } from './api-methods'
import { CADENCES } from './domain'
import type { AppStatus, Rep, RepDetail, SearchResults, TeamMember } from './domain'

/** A method's definition: the runtime input schema and, as a phantom type, its result. */
export interface MethodDefinition<Input extends z.ZodType, Result> {
  input: Input
  /** Never read at runtime; carries the result type. */
  result?: Result
}

function method<Result>() {
  return <Input extends z.ZodType>(input: Input): MethodDefinition<Input, Result> => ({ input })
}

const id = z.number({ error: 'An id is required.' }).int('An id is a whole number.').positive('An id is a positive number.')

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'This date does not exist.')
  .refine((value) => value >= '1900-01-01' && value <= '2199-12-31', 'Use a date between 1900 and 2199.')

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
  cadence: repFields.cadence.default('biweekly'),
  tags: repFields.tags.default([]),
  nextSessionDate: repFields.nextSessionDate.default(null)
})
/** A partial update: only the fields present change (no defaults are filled in). */
export const repChangesSchema = z.object(repFields).partial()
export type RepFields = z.input<typeof repFieldsSchema>

const empty = z.object({}).strict()

export const contract = {
  'app.status': method<AppStatus>()(empty),
  'reps.list': method<TeamMember[]>()(z.object({ includeArchived: z.boolean().default(false) }).strict()),
  'reps.get': method<RepDetail>()(z.object({ id }).strict()),
  'reps.create': method<Rep>()(repFieldsSchema.strict()),
  'reps.update': method<Rep>()(z.object({ id, changes: repChangesSchema.strict() }).strict()),
  'reps.setArchived': method<Rep>()(z.object({ id, archived: z.boolean() }).strict()),
  'search.query': method<SearchResults>()(
    z
      .object({
        query: z.string().max(200, 'Keep the search under 200 characters.'),
        limit: z.number().int().min(1).max(200).default(50)
      })
      .strict()
  ),
  'demo.load': method<{ repsCreated: number }>()(z.object({ today: isoDate.optional() }).strict()),
  'demo.remove': method<{ repsRemoved: number }>()(empty)
} satisfies Record<ApiMethod, MethodDefinition<z.ZodType, unknown>>

export type Contract = typeof contract
// Every contract key is a declared method name (the `satisfies` above checks the other way).
type _NoExtraMethods = Exclude<keyof Contract, ApiMethod> extends never ? true : never
export const contractIsComplete: _NoExtraMethods = true

export type MethodInput<M extends ApiMethod> = z.input<Contract[M]['input']>
export type MethodParsedInput<M extends ApiMethod> = z.output<Contract[M]['input']>
export type MethodResult<M extends ApiMethod> = NonNullable<Contract[M]['result']>

/** The object the renderer calls: one async function per method. */
export type KeptApi = { [M in ApiMethod]: (input: MethodInput<M>) => Promise<MethodResult<M>> }

// The one typed API between the renderer and main: each method's input schema (validated at
// runtime in main, before any handler runs) and its result type. Each feature declares its
// methods in contract/<feature>.ts; this file combines them into one object.
import type { z } from 'zod'
import type { ApiMethod } from '@shared/api-methods'
import { agendaContract } from '@shared/contract/agenda'
import { agreementsContract } from '@shared/contract/agreements'
import { appContract } from '@shared/contract/app'
import { backupsContract } from '@shared/contract/backups'
import { challengesContract } from '@shared/contract/challenges'
import { exportsContract } from '@shared/contract/exports'
import { goalsContract } from '@shared/contract/goals'
import { importsContract } from '@shared/contract/imports'
import type { MethodDefinition } from '@shared/contract/method'
import { nudgesContract } from '@shared/contract/nudges'
import { recognitionsContract } from '@shared/contract/recognitions'
import { recoveryContract } from '@shared/contract/recovery'
import { repsContract } from '@shared/contract/reps'
import { searchContract } from '@shared/contract/search'
import { sessionsContract } from '@shared/contract/sessions'
import { templatesContract } from '@shared/contract/templates'
import { trashContract } from '@shared/contract/trash'

export { preferencesSchema } from '@shared/contract/app'
export type { MethodDefinition } from '@shared/contract/method'
export { CHOSEN_FILE_TOKEN } from '@shared/contract/recovery'
export { repChangesSchema, repFieldsSchema, type RepFields } from '@shared/contract/reps'

export const contract = {
  ...appContract,
  ...repsContract,
  ...nudgesContract,
  ...searchContract,
  ...templatesContract,
  ...sessionsContract,
  ...agendaContract,
  ...goalsContract,
  ...agreementsContract,
  ...challengesContract,
  ...recognitionsContract,
  ...importsContract,
  ...exportsContract,
  ...backupsContract,
  ...trashContract,
  ...recoveryContract
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

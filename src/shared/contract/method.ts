// How one API method is declared: its runtime input schema and, as a phantom type, its result.
import type { z } from 'zod'
import type { ApiMethod } from '@shared/api-methods'

/** A method's definition: the runtime input schema and, as a phantom type, its result. */
export interface MethodDefinition<Input extends z.ZodType, Result> {
  input: Input
  /** Never read at runtime; carries the result type. */
  result?: Result
}

export function method<Result>() {
  return <Input extends z.ZodType>(input: Input): MethodDefinition<Input, Result> => ({ input })
}

/** What a feature's part of the contract satisfies: only declared method names, each with a definition. */
export type FeatureContract = Partial<Record<ApiMethod, MethodDefinition<z.ZodType, unknown>>>

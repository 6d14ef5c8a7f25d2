import { initialSchema } from './0001-initial-schema'
import { builtinTemplates } from './0002-builtin-templates'
import type { Migration } from './types'

/** Every schema step, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, builtinTemplates]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
export type { Migration }

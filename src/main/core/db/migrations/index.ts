import { initialSchema } from './0001-initial-schema'
import { builtinTemplates } from './0002-builtin-templates'
import { sessionFlow } from './0003-session-flow'
import { beforeTheMeeting } from './0004-before-the-meeting'
import { goalStatusSource } from './0005-goal-status-source'
import { trashMigration } from './0006-trash'
import { reviewDrafts } from './0007-review-drafts'
import { briefIndexes } from './0008-brief-indexes'
import { liveGoalsIndex } from './0009-live-goals-index'
import { oneDeletionModel } from './0010-one-deletion-model'
import { agreementHistory } from './0011-agreement-history'
import type { Migration } from './types'

/** Every schema step, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, builtinTemplates, sessionFlow, beforeTheMeeting, goalStatusSource, trashMigration, reviewDrafts, briefIndexes, liveGoalsIndex, oneDeletionModel, agreementHistory]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
export type { Migration }

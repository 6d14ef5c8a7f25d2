// Every API method's handler: each feature's handlers (handlers/<feature>-handlers.ts, beside
// its part of the contract in src/shared/contract/<feature>.ts) combined into one registry.
import { createBackupHandlers } from '../backup/backup-handlers'
import type { CoreContext } from '../context'
import { createMemoryPreferencesStore } from '../preferences/preferences-store'
import type { ServiceContext } from '../services/service-context'
import type { ApiHandlers, HandlerContext } from './handler-types'
import { createAgendaHandlers } from './handlers/agenda-handlers'
import { createAgreementsHandlers } from './handlers/agreements-handlers'
import { createAppHandlers } from './handlers/app-handlers'
import { createChallengesHandlers } from './handlers/challenges-handlers'
import { createExportsHandlers } from './handlers/exports-handlers'
import { createGoalsHandlers } from './handlers/goals-handlers'
import { createImportsHandlers } from './handlers/imports-handlers'
import { createNudgesHandlers } from './handlers/nudges-handlers'
import { createRecognitionsHandlers } from './handlers/recognitions-handlers'
import { createRecoveryHandlers } from './handlers/recovery-handlers'
import { createRepsHandlers } from './handlers/reps-handlers'
import { createSearchHandlers } from './handlers/search-handlers'
import { createSessionsHandlers } from './handlers/sessions-handlers'
import { createTemplatesHandlers } from './handlers/templates-handlers'
import { createTrashHandlers } from './handlers/trash-handlers'

export type { ApiHandlers } from './handler-types'

export function createApiHandlers(context: CoreContext): ApiHandlers {
  const services: ServiceContext = {
    db: context.db,
    clock: context.clock,
    preferences: context.preferences ?? createMemoryPreferencesStore(),
    ...(context.locale ? { locale: context.locale } : {})
  }
  const features: HandlerContext = { core: context, services }
  return {
    ...createAppHandlers(features),
    ...createRepsHandlers(features),
    ...createNudgesHandlers(features),
    ...createSearchHandlers(features),
    ...createTemplatesHandlers(features),
    ...createSessionsHandlers(features),
    ...createAgendaHandlers(features),
    ...createGoalsHandlers(features),
    ...createAgreementsHandlers(features),
    ...createChallengesHandlers(features),
    ...createRecognitionsHandlers(features),
    ...createImportsHandlers(features),
    ...createExportsHandlers(features),
    ...createBackupHandlers(context),
    ...createTrashHandlers(features),
    ...createRecoveryHandlers()
  }
}

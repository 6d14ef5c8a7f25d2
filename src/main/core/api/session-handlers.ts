// API handlers that always answer from the session's current connection: after a restore
// reopens the database, the next call goes to handlers built on the new connection.
import { API_METHODS } from '@shared/api-methods'
import type { DatabaseSession } from '../backup/database-session'
import type { KeptDatabase } from '../db/open-database'
import type { ApiHandlers } from './handlers'

export function createSessionHandlers(session: DatabaseSession, build: (database: KeptDatabase) => ApiHandlers): ApiHandlers {
  let current = build(session.database)
  session.onReopen((database) => {
    current = build(database)
  })
  const handlers: Record<string, (input: unknown) => unknown> = {}
  for (const method of API_METHODS) {
    handlers[method] = (input) => (current[method] as (input: unknown) => unknown)(input)
  }
  return handlers as unknown as ApiHandlers
}

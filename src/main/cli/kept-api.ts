// The API on a data file, for the `kept` commands: every call goes through dispatch, as the app's
// and the browser host's do, so a command gets the same validation, rules and messages.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ApiErrorCode } from '@shared/api-error'
import type { ApiMethod } from '@shared/api-methods'
import type { MethodInput, MethodResult } from '@shared/contract'
import { dispatch } from '../core/api/dispatch'
import { createApiHandlers } from '../core/api/handlers'
import { systemClock } from '../core/clock'
import { DatabaseOpenError } from '../core/db/errors'
import { openDatabase, type KeptDatabase } from '../core/db/open-database'
import { createJsonFilePreferencesStore, createMemoryPreferencesStore } from '../core/preferences/preferences-store'
import { CliError, type CliIo } from './cli-command'
import { damagedFileError } from './kept-files'

/** An error answer of the API, printed as its message. */
export class CliApiError extends CliError {
  constructor(
    readonly code: ApiErrorCode,
    message: string
  ) {
    super(message)
  }
}

/** Calls one API method; an error answer becomes a CliApiError with its message. */
export type KeptApiCall = <M extends ApiMethod>(method: M, input: MethodInput<M>) => MethodResult<M>

/** Opens the data file named by --db (which must exist), runs `work` with the API on it, closes it. */
export function withKeptApi<T>(io: CliIo, dbOption: unknown, work: (call: KeptApiCall) => T): T {
  if (typeof dbOption !== 'string' || dbOption === '') throw new CliError('--db FILE is required: the Kept database to read.')
  const path = resolve(io.cwd, dbOption)
  if (!existsSync(path)) throw new CliError(`There is no database at ${path}. Check the --db path.`)
  let kept: KeptDatabase
  try {
    kept = openDatabase(path)
  } catch (error) {
    if (error instanceof DatabaseOpenError && error.kind === 'damaged') throw damagedFileError(path, (error.cause as Error | undefined)?.message ?? error.message)
    throw new CliError(`Could not open ${path}: ${(error as Error).message}`)
  }
  try {
    // The browser host keeps preferences beside the database; the app keeps them elsewhere, so
    // the defaults apply when there is no such file.
    const preferencesPath = `${path}.preferences.json`
    const preferences = existsSync(preferencesPath) ? createJsonFilePreferencesStore(preferencesPath) : createMemoryPreferencesStore()
    // The command line shows no screen; `host` only answers app.status, which no command asks.
    const handlers = createApiHandlers({ db: kept.db, clock: systemClock, databasePath: kept.path, schemaVersion: kept.schemaVersion, host: 'browser', preferences })
    const call: KeptApiCall = (method, input) => {
      const answer = dispatch(handlers, method, input)
      if (!answer.ok) throw new CliApiError(answer.error.code, answer.error.message)
      return answer.value as MethodResult<typeof method>
    }
    return work(call)
  } finally {
    kept.close()
  }
}

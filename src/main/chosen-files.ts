// In the desktop app the page never names a file path: main remembers each path its native file
// dialog returned and gives the page a token for it; the page hands the token back, main turns it
// into the path. So a compromised page cannot open, create or overwrite a file the person did not
// pick. Tokens are single-use, tied to the dialog's purpose, and expire. Pure (no Electron).
import type { DatabaseFilePurpose } from './choose-database-file'
import { randomUUID } from 'node:crypto'
import { ApiError } from '@shared/api-error'
import type { ApiHandlers } from './core/api/handlers'

export const CHOSEN_FILE_TTL_MS = 10 * 60_000

export interface ChosenFiles {
  /** Remembers a path the dialog returned for `purpose` ('open', 'create', …); returns its token. */
  remember(path: string, purpose: string): string
  /** The path behind the token, once; null for an unknown, used, expired or other-purpose token. */
  take(token: unknown, purpose: string): string | null
}

export function createChosenFiles(options: { ttlMs?: number; now?: () => number } = {}): ChosenFiles {
  const ttlMs = options.ttlMs ?? CHOSEN_FILE_TTL_MS
  const now = options.now ?? Date.now
  const chosen = new Map<string, { path: string; purpose: string; expiresAt: number }>()
  const forgetExpired = () => {
    for (const [token, entry] of chosen) if (entry.expiresAt <= now()) chosen.delete(token)
  }
  return {
    remember(path, purpose) {
      forgetExpired()
      const token = randomUUID()
      chosen.set(token, { path, purpose, expiresAt: now() + ttlMs })
      return token
    },
    take(token, purpose) {
      forgetExpired()
      if (typeof token !== 'string') return null
      const entry = chosen.get(token)
      if (!entry || entry.purpose !== purpose) return null
      chosen.delete(token)
      return entry.path
    }
  }
}

const chooseAgain = () =>
  new ApiError({ code: 'invalid_input', message: 'Choose the file again with "Choose a file…" or "Create a new data file…".', fieldErrors: { path: 'Choose the file again.' } })

/**
 * The desktop app's recovery.openFile, recovery.createFile and recovery.restoreFile: they take only a token for a path
 * the native dialog returned (for that purpose), never a path the page names.
 */
export function acceptOnlyChosenFiles(handlers: ApiHandlers, chosenFiles: ChosenFiles): ApiHandlers {
  const pathOf = (input: { path?: string | undefined; token?: string | undefined }, purpose: DatabaseFilePurpose) => {
    const path = input.token === undefined ? null : chosenFiles.take(input.token, purpose)
    if (path === null) throw chooseAgain()
    return { path }
  }
  return {
    ...handlers,
    'recovery.openFile': (input) => handlers['recovery.openFile'](pathOf(input, 'open')),
    'recovery.createFile': (input) => handlers['recovery.createFile'](pathOf(input, 'create')),
    'recovery.restoreFile': (input) => handlers['recovery.restoreFile'](pathOf(input, 'backup'))
  }
}

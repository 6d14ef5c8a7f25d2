// Finds a better-sqlite3 native addon that loads in this runtime. Electron needs its own build
// (native/electron/better_sqlite3.node, made by `npm run postinstall`); the default build in
// node_modules is made for Node and only works there (or after an electron-rebuild).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** Where the Electron build of the addon lives, relative to the app root (or to resources/). */
export const ELECTRON_SQLITE_BINDING = join('native', 'electron', 'better_sqlite3.node')

export interface BindingLocationOptions {
  appPath: string
  /** process.resourcesPath: a packaged app carries the addon outside its asar archive. */
  resourcesPath: string
  isPackaged: boolean
}

export function electronSqliteBindingPath({ appPath, resourcesPath, isPackaged }: BindingLocationOptions): string {
  return join(isPackaged ? resourcesPath : appPath, ELECTRON_SQLITE_BINDING)
}

export type SqliteEngine =
  | { ok: true; /** undefined: better-sqlite3's default binding. */ nativeBinding: string | undefined }
  | { ok: false; expectedPath: string; reason: string }

function loadError(nativeBinding: string | undefined): string | null {
  try {
    new Database(':memory:', nativeBinding ? { nativeBinding } : {}).close()
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/**
 * Tries the Electron build at `electronBinding` (when the file exists), then the default
 * binding, and says which one works, or why none does.
 */
export function findWorkingSqliteEngine(electronBinding: string, fileExists: (path: string) => boolean = existsSync): SqliteEngine {
  const reasons: string[] = []
  if (fileExists(electronBinding)) {
    const failure = loadError(electronBinding)
    if (failure === null) return { ok: true, nativeBinding: electronBinding }
    reasons.push(`${electronBinding} could not be loaded: ${failure}`)
  } else {
    reasons.push(`${electronBinding} does not exist.`)
  }
  const fallbackFailure = loadError(undefined)
  if (fallbackFailure === null) return { ok: true, nativeBinding: undefined }
  reasons.push(`The default build could not be loaded either: ${fallbackFailure}`)
  return { ok: false, expectedPath: electronBinding, reason: reasons.join('\n') }
}

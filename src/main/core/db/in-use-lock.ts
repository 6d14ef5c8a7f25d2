// "Kept has this file open": a small lock file beside the data file (`kept.sqlite.in-use`),
// written by the running app or browser host and removed when it lets go of the file. It names
// the process, so `kept restore` and `kept import-json` can refuse while that process lives, and
// ignore a lock left by a Kept that crashed (its process is gone). A lock from another computer
// (a file on a shared drive) cannot be checked and counts as held.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { PRIVATE_FILE_MODE } from '../backup/private-files'

export interface InUseHolder {
  pid: number
  host: string
  /** Which Kept: "the desktop app" or "the browser host". */
  app: string
  since: string
}

export function inUseLockPath(databasePath: string): string {
  return `${databasePath}.in-use`
}

function readHolder(lockPath: string): InUseHolder | null {
  try {
    const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<InUseHolder>
    if (typeof holder.pid !== 'number' || !Number.isInteger(holder.pid) || holder.pid <= 0 || typeof holder.host !== 'string') return null
    return { pid: holder.pid, host: holder.host, app: typeof holder.app === 'string' ? holder.app : 'Kept', since: typeof holder.since === 'string' ? holder.since : '' }
  } catch {
    return null
  }
}

function isAlive(holder: InUseHolder): boolean {
  if (holder.host !== hostname()) return true
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The live Kept process that has the file open, or null (no lock, or one left by a process that is gone). */
export function inUseBy(databasePath: string): InUseHolder | null {
  const holder = readHolder(inUseLockPath(databasePath))
  return holder && isAlive(holder) ? holder : null
}

function tryCreate(lockPath: string, holder: InUseHolder): boolean {
  let descriptor: number
  try {
    descriptor = openSync(lockPath, 'wx', PRIVATE_FILE_MODE)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(descriptor, `${JSON.stringify(holder)}\n`)
  } finally {
    closeSync(descriptor)
  }
  return true
}

/**
 * Marks the file as open by this process; returns the function that removes the mark. Never
 * throws: a folder Kept cannot write to (a read-only drive) simply gets no mark. A mark left by
 * a process that is gone is replaced; one held by another live Kept is left as it is.
 */
export function markInUse(databasePath: string, app: string): () => void {
  const lockPath = inUseLockPath(databasePath)
  const holder: InUseHolder = { pid: process.pid, host: hostname(), app, since: new Date().toISOString() }
  let ours = false
  try {
    ours = tryCreate(lockPath, holder)
    if (!ours) {
      const existing = readHolder(lockPath)
      const stale = !existing || !isAlive(existing) || (existing.pid === process.pid && existing.host === holder.host)
      if (stale) {
        rmSync(lockPath, { force: true })
        ours = tryCreate(lockPath, holder)
      }
    }
  } catch {
    ours = false
  }
  return () => {
    if (!ours) return
    ours = false
    const current = readHolder(lockPath)
    if (current?.pid === process.pid && current.host === holder.host) rmSync(lockPath, { force: true })
  }
}

/** The sentence a command prints when it refuses to touch a file Kept has open. */
export function describeInUse(databasePath: string, holder: InUseHolder): string {
  const where = holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`
  return `Kept (${holder.app}, ${where}) has ${databasePath} open. Quit Kept, then run this again; nothing was changed. If Kept is not running, delete ${inUseLockPath(databasePath)} and try again.`
}

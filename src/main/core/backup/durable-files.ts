// Small helpers so a file Kept writes is on disk before it takes another file's place.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PRIVATE_FILE_MODE } from './private-files'

/** Flushes a file's content to the disk. */
export function fsyncFile(path: string): void {
  const descriptor = openSync(path, 'r+')
  try {
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

/**
 * Flushes a folder's entries (a rename inside it) to the disk. Windows cannot open a folder
 * for this and some file systems refuse it; the rename itself is still atomic there.
 */
export function fsyncDirectory(path: string): void {
  if (process.platform === 'win32') return
  let descriptor: number | undefined
  try {
    descriptor = openSync(path, 'r')
    fsyncSync(descriptor)
  } catch {
    // Not supported here: nothing more can be done.
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/**
 * Writes text to a new temporary file beside `path` (created exclusively, readable by the user
 * only), flushes it, then renames it into place.
 */
export function writeTextFileAtomically(path: string, text: string): void {
  const folder = dirname(path)
  const temporary = join(folder, `.kept-output-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`)
  try {
    const descriptor = openSync(temporary, 'wx', PRIVATE_FILE_MODE)
    try {
      writeSync(descriptor, text)
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    renameSync(temporary, path)
    fsyncDirectory(folder)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

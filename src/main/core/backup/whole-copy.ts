// A database file's whole content, its -wal included, as one self-contained private file: what a
// restore puts in place. A byte copy of the main file alone would lose every commit still in the
// source's -wal.
import Database from 'better-sqlite3'
import { fsyncFile } from './durable-files'
import { createPrivateEmptyFile } from './private-files'

/** Writes `sourcePath`'s content to `target` (created private and empty first) through SQLite, flushed to disk. */
export function writeWholeCopy(sourcePath: string, target: string, nativeBinding?: string): void {
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
  try {
    createPrivateEmptyFile(target)
    source.prepare('VACUUM INTO ?').run(target)
  } finally {
    source.close()
  }
  fsyncFile(target)
}

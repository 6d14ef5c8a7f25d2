// Damaged Kept files for the recovery tests: a page in the middle overwritten with garbage, as a
// bad sector or a torn copy would leave it. The header still reads, so only a page check finds it.
import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from './core-fixture'

export function damage(path: string): void {
  const pageSize = 4096
  const pages = statSync(path).size / pageSize
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize * Math.floor(pages / 2))
  closeSync(fd)
}

/** `kept.sqlite` in `dir` with the demo team, checkpointed and closed, then damaged. */
export function damagedKeptFile(dir: string): string {
  const path = join(dir, 'kept.sqlite')
  const core = openCore(dir)
  core.ok('demo.load', {})
  core.kept.db.pragma('wal_checkpoint(TRUNCATE)')
  core.kept.close()
  damage(path)
  return path
}

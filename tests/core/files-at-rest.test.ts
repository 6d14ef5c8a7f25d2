// Files at rest: what Kept writes holds private notes, so only the user may read it, and what the
// user deleted for good is gone from the file's bytes, not left in free pages.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type CoreFixture } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
let core: CoreFixture | undefined
afterEach(() => {
  core?.kept.close()
  core = undefined
})

const modeOf = (path: string) => statSync(path).mode & 0o777

function createRepWithSession(fixture: CoreFixture): { repId: number; sessionId: number } {
  const rep = fixture.ok('reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
  const { session } = fixture.ok('sessions.start', { repId: rep.id })
  return { repId: rep.id, sessionId: session.id }
}

describe('files at rest', () => {
  it('creates the data file, its -wal and -shm, backups and exports readable by the user only, in private folders', () => {
    const folder = join(tempDir(), 'new folder')
    core = openCore(folder)
    createRepWithSession(core)
    const path = core.kept.path
    expect(existsSync(`${path}-wal`) && existsSync(`${path}-shm`)).toBe(true)
    expect([modeOf(folder), modeOf(path), modeOf(`${path}-wal`), modeOf(`${path}-shm`)]).toEqual([0o700, 0o600, 0o600, 0o600])

    const backup = core.ok('backups.create', {})
    expect([modeOf(join(folder, 'backups')), modeOf(backup.path)]).toEqual([0o700, 0o600])
    const exported = core.ok('data.exportJson', {})
    expect([modeOf(join(folder, 'exports')), modeOf(exported.path)]).toEqual([0o700, 0o600])
  })

  it('leaves no trace of a trashed note in the file once the trash is emptied', () => {
    core = openCore(tempDir())
    const { sessionId } = createRepWithSession(core)
    const secret = 'Zanzibarquokka confidential salary remark'
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: secret }] }] }
    core.ok('notes.save', { sessionId, kind: 'private', doc, text: secret, baseRevision: 0 })
    core.ok('sessions.delete', { id: sessionId })
    core.ok('trash.empty', {})

    const path = core.kept.path
    const bytesOnDisk = () => Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)])
    for (const needle of ['Zanzibarquokka', 'zanzibarquokka']) expect(bytesOnDisk().includes(needle)).toBe(false)
    core.kept.close()
    for (const needle of ['Zanzibarquokka', 'zanzibarquokka']) expect(bytesOnDisk().includes(needle)).toBe(false)
    core = undefined
  })
})

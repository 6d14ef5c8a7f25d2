// The deletion model (docs/DATA.md, "Deleting"): whole items go to the Trash and come back from it;
// talking points and recognitions removed during a 1:1 are hidden at once and purged, words and
// all, when the Trash is emptied.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore, type SessionCore } from './session-helpers'

const tempDir = useTempDir()
const openSessionCore = useSessionCore(tempDir)

const bytesOf = (core: SessionCore) => {
  const path = core.kept.path
  return Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)])
}

describe('deleting', () => {
  it('puts an agreement removed during a 1:1 in the Trash, from where it comes back', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const { session } = core.ok('sessions.start', { repId })
    const agreement = core.ok('agreements.create', { sessionId: session.id, text: 'Send the Globex proposal', dueDate: '2026-06-19' })

    expect(core.ok('agreements.remove', { id: agreement.id })).toEqual({ id: agreement.id })
    expect(core.ok('sessions.get', { id: session.id }).newAgreements).toEqual([])
    const trash = core.ok('trash.list', {})
    expect(trash).toMatchObject([{ kind: 'agreement', itemId: agreement.id, label: 'Send the Globex proposal' }])

    core.ok('trash.restore', { id: trash[0]!.id })
    expect(core.ok('sessions.get', { id: session.id }).newAgreements.map((item) => item.text)).toEqual(['Send the Globex proposal'])
    expect(core.ok('trash.list', {})).toEqual([])
  })

  it('purges an agreement removed during a 1:1 when the Trash is emptied, leaving none of its words in the file', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const { session } = core.ok('sessions.start', { repId })
    const agreement = core.ok('agreements.create', { sessionId: session.id, text: 'Quokkazanzibar raise discussion' })
    core.ok('agreements.remove', { id: agreement.id })
    expect(core.ok('trash.empty', {})).toEqual({ removed: 1 })

    expect(core.kept.db.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(0)
    for (const needle of ['Quokkazanzibar', 'quokkazanzibar']) expect(bytesOf(core).includes(needle)).toBe(false)
  })

  it('purges talking points and recognitions removed during a 1:1 when the Trash is emptied, and erases their words', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const point = core.ok('talkingPoints.add', { repId, text: 'Wombatquill private worry' })
    const { session } = core.ok('sessions.start', { repId })
    const recognition = core.ok('recognitions.create', { sessionId: session.id, what: 'Platypusvane close' })
    core.ok('talkingPoints.remove', { id: point.id })
    core.ok('recognitions.remove', { id: recognition.id })
    // Hidden at once, kept until the Trash is emptied.
    expect(core.ok('search.query', { query: 'wombatquill' }).total).toBe(0)
    expect(core.ok('search.query', { query: 'platypusvane' }).total).toBe(0)
    expect(core.kept.db.prepare('SELECT count(*) FROM talking_points').pluck().get()).toBe(1)

    expect(core.ok('trash.empty', {})).toEqual({ removed: 0 })
    expect(core.kept.db.prepare('SELECT (SELECT count(*) FROM talking_points) + (SELECT count(*) FROM recognitions)').pluck().get()).toBe(0)
    for (const needle of ['Wombatquill', 'wombatquill', 'Platypusvane', 'platypusvane']) expect(bytesOf(core).includes(needle)).toBe(false)
  })

  it('keeps what is live when the Trash is emptied', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const point = core.ok('talkingPoints.add', { repId, text: 'Comp plan' })
    const { session } = core.ok('sessions.start', { repId })
    core.ok('recognitions.create', { sessionId: session.id, what: 'Great discovery call' })
    core.ok('trash.empty', {})
    expect(core.ok('talkingPoints.listOpen', { repId }).map((item) => item.id)).toEqual([point.id])
    expect(core.ok('sessions.get', { id: session.id }).recognitions.map((item) => item.what)).toEqual(['Great discovery call'])
  })
})

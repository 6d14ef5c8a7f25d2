// reps.find: the one rule every command that takes a rep uses (an id; else the whole name,
// ignoring case; else the one name containing what was typed; more than one is refused with
// the candidates named).
import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type CoreFixture } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
let core: CoreFixture
afterEach(() => core?.kept.close())

function team(...names: string[]): Array<{ id: number; name: string }> {
  core = openCore(tempDir())
  return names.map((name) => {
    const rep = core.ok('reps.create', { name })
    return { id: rep.id, name: rep.name }
  })
}

describe('reps.find', () => {
  it('finds a rep by id, by whole name in any case, and by a part of the name only one rep has', () => {
    const [dana, sam] = team('Dana Whitfield', 'Sam Ortiz')
    expect(core.ok('reps.find', { nameOrId: String(sam!.id) }).name).toBe('Sam Ortiz')
    expect(core.ok('reps.find', { nameOrId: '  dana WHITFIELD ' }).id).toBe(dana!.id)
    expect(core.ok('reps.find', { nameOrId: 'ortiz' }).id).toBe(sam!.id)
  })

  it('prefers the whole name over a part of a longer one', () => {
    const [ann] = team('Ann', 'Annabel Lee', 'Joanna Ray')
    expect(core.ok('reps.find', { nameOrId: 'ann' }).id).toBe(ann!.id)
  })

  it('finds archived reps too', () => {
    const [dana] = team('Dana Whitfield')
    core.ok('reps.setArchived', { id: dana!.id, archived: true })
    expect(core.ok('reps.find', { nameOrId: 'Dana' }).id).toBe(dana!.id)
  })

  it('refuses a part of several names, naming each with its id', () => {
    const [annabel, joanna] = team('Annabel Lee', 'Joanna Ray', 'Sam Ortiz')
    const answer = core.call('reps.find', { nameOrId: 'ann' })
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `"ann" matches 2 reps: Annabel Lee (id ${annabel!.id}), Joanna Ray (id ${joanna!.id}). Give the full name or the id.`,
        fieldErrors: { nameOrId: expect.any(String) }
      }
    })
  })

  it('refuses a name two reps share, and finds each by id', () => {
    const [first, second] = team('Alex Kim', 'alex kim')
    const answer = core.call('reps.find', { nameOrId: 'Alex Kim' })
    expect(answer.ok).toBe(false)
    expect(!answer.ok && answer.error.message).toBe(`2 reps are named "Alex Kim": Alex Kim (id ${first!.id}), alex kim (id ${second!.id}). Give the id instead.`)
    expect(core.ok('reps.find', { nameOrId: String(second!.id) }).id).toBe(second!.id)
  })

  it('says so when nothing matches, and when an id belongs to no rep', () => {
    team('Dana Whitfield')
    expect(core.call('reps.find', { nameOrId: 'Nobody' })).toEqual({ ok: false, error: { code: 'not_found', message: 'No rep is named "Nobody" or has that id.' } })
    expect(core.call('reps.find', { nameOrId: '999' })).toEqual({ ok: false, error: { code: 'not_found', message: 'No rep is named "999" or has that id.' } })
  })

  it('names at most ten candidates', () => {
    team(...Array.from({ length: 12 }, (_, index) => `Rep ${String(index + 1).padStart(2, '0')}`))
    const answer = core.call('reps.find', { nameOrId: 'rep' })
    expect(!answer.ok && answer.error.message).toMatch(/^"rep" matches 12 reps: Rep 01 \(id \d+\), .*Rep 10 \(id \d+\) and 2 more\. Give the full name or the id\.$/)
  })

  it('refuses an empty look-up before looking', () => {
    team('Dana Whitfield')
    expect(core.call('reps.find', { nameOrId: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fieldErrors: { nameOrId: "Give a rep's name or id." } } })
  })
})

describe('sessions.list', () => {
  it('lists every 1:1 newest first, or one rep’s, with rep and template names', () => {
    const [dana, sam] = team('Dana Whitfield', 'Sam Ortiz')
    const first = core.ok('sessions.plan', { repId: dana!.id, scheduledAt: '2026-06-20T10:00' })
    const second = core.ok('sessions.plan', { repId: sam!.id, scheduledAt: '2026-06-22T10:00' })
    const all = core.ok('sessions.list', {})
    expect(all.map((session) => [session.id, session.repName, session.status])).toEqual([
      [second.id, 'Sam Ortiz', 'planned'],
      [first.id, 'Dana Whitfield', 'planned']
    ])
    expect(core.ok('sessions.list', { repId: dana!.id }).map((session) => session.id)).toEqual([first.id])
  })
})

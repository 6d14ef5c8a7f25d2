import { afterEach, describe, expect, it } from 'vitest'
import { API_METHODS } from '../../src/shared/api-methods'
import { contract } from '../../src/shared/contract'
import { openCore, type CoreFixture } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
let core: CoreFixture
afterEach(() => core?.kept.close())

const dana = { name: 'Dana Whitfield', role: 'Account Executive', email: 'dana@example.com', cadence: 'weekly', tags: ['Enterprise'] }

describe('the API contract', () => {
  it('defines a schema for every method and a handler for every method', () => {
    core = openCore(tempDir())
    expect(Object.keys(contract).sort()).toEqual([...API_METHODS].sort())
    expect(Object.keys(core.handlers).sort()).toEqual([...API_METHODS].sort())
  })

  it('refuses an unknown method with a typed error', () => {
    core = openCore(tempDir())
    const answer = core.call('reps.dropAll', {})
    expect(answer).toEqual({ ok: false, error: { code: 'unknown_method', message: expect.stringContaining('reps.dropAll') } })
  })
})

describe('reps', () => {
  it('creates a rep with defaults and lists it on the team', () => {
    core = openCore(tempDir())
    const rep = core.ok('reps.create', dana)
    expect(rep).toMatchObject({ name: 'Dana Whitfield', cadence: 'weekly', tags: ['Enterprise'], archived: false, startDate: null, isDemo: false })
    expect(rep.createdAt).toBe('2026-06-15T09:00:00.000Z')
    const team = core.ok('reps.list', {})
    expect(team).toHaveLength(1)
    expect(team[0]).toMatchObject({ name: 'Dana Whitfield', openAgreements: { rep: 0, manager: 0 }, lastSessionDate: null, activeGoals: 0 })
  })

  it('gives a new rep the default cadence from the preferences unless one is chosen', () => {
    core = openCore(tempDir())
    expect(core.ok('reps.create', { name: 'Ana' }).cadence).toBe('biweekly')
    core.ok('preferences.update', { defaultCadence: 'monthly' })
    expect(core.ok('reps.create', { name: 'Bo' }).cadence).toBe('monthly')
    expect(core.ok('reps.create', { name: 'Cy', cadence: 'weekly' }).cadence).toBe('weekly')
  })

  it('trims names and tags, and removes duplicate tags', () => {
    core = openCore(tempDir())
    const rep = core.ok('reps.create', { name: '  Sam Ortiz  ', tags: [' EMEA ', 'EMEA'] })
    expect(rep.name).toBe('Sam Ortiz')
    expect(rep.tags).toEqual(['EMEA'])
  })

  it('refuses an empty name with a message for the field, and writes nothing', () => {
    core = openCore(tempDir())
    const before = core.rowCounts()
    const answer = core.call('reps.create', { ...dana, name: '   ' })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.code).toBe('invalid_input')
    expect(answer.error.fieldErrors).toEqual({ name: 'A name is required.' })
    expect(answer.error.message).toBe('Please correct name: A name is required.')
    expect(core.rowCounts()).toEqual(before)
  })

  it('names every invalid field at once', () => {
    core = openCore(tempDir())
    const answer = core.call('reps.create', { name: '', email: 'not-an-email', cadence: 'daily', startDate: '2026-02-30' })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(Object.keys(answer.error.fieldErrors ?? {}).sort()).toEqual(['cadence', 'email', 'name', 'startDate'])
    expect(answer.error.fieldErrors?.startDate).toBe('This date does not exist.')
    expect(answer.error.fieldErrors?.email).toMatch(/email address/)
  })

  it('refuses wrong types and unknown fields', () => {
    core = openCore(tempDir())
    for (const input of [null, 42, 'Dana', [], { name: 7 }, { name: 'A', isDemo: true }, { name: 'A', tags: 'x' }]) {
      const answer = core.call('reps.create', input)
      expect(answer.ok, JSON.stringify(input)).toBe(false)
      if (!answer.ok) expect(answer.error.code).toBe('invalid_input')
    }
    expect(core.rowCounts().reps).toBe(0)
  })

  it('updates only the fields given', () => {
    core = openCore(tempDir())
    const rep = core.ok('reps.create', dana)
    const updated = core.ok('reps.update', { id: rep.id, changes: { role: 'Senior AE' } })
    expect(updated).toMatchObject({ name: 'Dana Whitfield', role: 'Senior AE', email: 'dana@example.com', cadence: 'weekly', tags: ['Enterprise'] })
  })

  it('refuses an update that would empty the name, leaving the rep as it was', () => {
    core = openCore(tempDir())
    const rep = core.ok('reps.create', dana)
    const answer = core.call('reps.update', { id: rep.id, changes: { name: '' } })
    expect(answer.ok).toBe(false)
    if (!answer.ok) expect(answer.error.fieldErrors).toEqual({ 'changes.name': 'A name is required.' })
    expect(core.ok('reps.get', { id: rep.id }).rep.name).toBe('Dana Whitfield')
  })

  it('answers not_found for a rep that does not exist', () => {
    core = openCore(tempDir())
    for (const [method, input] of [
      ['reps.get', { id: 404 }],
      ['reps.update', { id: 404, changes: { name: 'x' } }],
      ['reps.setArchived', { id: 404, archived: true }]
    ] as const) {
      const answer = core.call(method, input)
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect(answer.error.code).toBe('not_found')
    }
  })

  it('archives and restores; archived reps leave the team list unless asked for', () => {
    core = openCore(tempDir())
    const rep = core.ok('reps.create', dana)
    core.ok('reps.create', { name: 'Lee Park' })
    expect(core.ok('reps.setArchived', { id: rep.id, archived: true }).archived).toBe(true)
    expect(core.ok('reps.list', {}).map((member) => member.name)).toEqual(['Lee Park'])
    expect(core.ok('reps.list', { includeArchived: true }).map((member) => member.name)).toEqual(['Lee Park', 'Dana Whitfield'])
    expect(core.ok('reps.setArchived', { id: rep.id, archived: false }).archived).toBe(false)
    expect(core.ok('reps.list', {})).toHaveLength(2)
  })

  it('keeps a very long but valid name intact and refuses one over the limit', () => {
    core = openCore(tempDir())
    const long = 'Maximilian Alexander Fitzgerald-Oyelaran de la Cruz y Montenegro III'
    expect(core.ok('reps.create', { name: long }).name).toBe(long)
    expect(core.call('reps.create', { name: 'x'.repeat(121) }).ok).toBe(false)
  })
})

describe('app status and search', () => {
  it('reports the database and what it holds', () => {
    core = openCore(tempDir())
    expect(core.ok('app.status', {})).toMatchObject({ repCount: 0, hasDemoData: false, host: 'browser', schemaVersion: core.kept.schemaVersion })
    core.ok('reps.create', dana)
    expect(core.ok('app.status', {}).repCount).toBe(1)
  })

  it('finds agreements by word prefix, grouped by rep, with marked snippets', () => {
    core = openCore(tempDir())
    const rep = core.ok('reps.create', dana)
    core.kept.db
      .prepare("INSERT INTO agreements (rep_id, text, created_on, created_at, updated_at) VALUES (?, 'Book the pricing workshop with Globex', '2026-06-01', 'x', 'x')")
      .run(rep.id)
    const results = core.ok('search.query', { query: 'pric glob' })
    expect(results.total).toBe(1)
    expect(results.groups[0]).toMatchObject({ repId: rep.id, repName: 'Dana Whitfield' })
    expect(results.groups[0]!.hits[0]).toMatchObject({ kind: 'agreement', date: '2026-06-01', isPrivate: false })
    expect(results.groups[0]!.hits[0]!.snippet).toContain('\u0002pricing\u0003')
  })

  it('treats FTS operators and quotes in the query as plain words', () => {
    core = openCore(tempDir())
    for (const query of ['"', 'NEAR(', 'a OR', '*', 'x AND -y', "'; DROP TABLE reps; --", '']) {
      const answer = core.call('search.query', { query })
      expect(answer.ok, query).toBe(true)
    }
  })
})

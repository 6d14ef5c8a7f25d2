// A roster CSV adds the reps that are new, leaves the ones already on the team alone, and adds
// nobody when a line has a problem.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type CoreFixture } from '../../support/core-fixture'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()
const opened: CoreFixture[] = []
afterEach(() => {
  while (opened.length > 0) opened.pop()!.kept.close()
})

function demoCore(): CoreFixture {
  const core = openCore(tempDir(), '2026-11-27T09:00:00Z', { defaultCadence: 'monthly' })
  opened.push(core)
  core.ok('demo.load', { today: '2026-11-27' })
  return core
}

const roster = { fileName: 'roster.csv', text: readFileSync(join(__dirname, '../../fixtures/imports/roster.csv'), 'utf8') }

describe('roster import', () => {
  it('previews new reps with their fields, skips reps already on the team, and adds them on commit', () => {
    const core = demoCore()
    const preview = core.ok('imports.previewRoster', roster)
    expect(preview.fieldColumns).toEqual({ name: 'Name', email: 'Email', role: 'Role', startDate: 'Start date', cadence: 'Cadence' })
    expect(preview.newReps).toEqual([
      { line: 2, name: 'Lena Fischer', email: 'lena.fischer@example.com', role: 'Account Executive', startDate: '2026-09-01', cadence: 'weekly' },
      { line: 3, name: 'Okonkwo, Ade', email: 'ade.okonkwo@example.com', role: 'SDR, Inbound', startDate: '2026-10-05', cadence: 'biweekly' },
      { line: 5, name: 'Ravi Shah', email: '', role: 'Account Manager', startDate: null, cadence: 'monthly' }
    ])
    expect(preview.existingReps).toEqual([{ line: 4, name: 'Maya Okafor' }])
    expect(preview.notes).toContain('1 rep is already on your team and will be left unchanged: Maya Okafor.')
    expect(preview.errors).toEqual([])

    const before = core.ok('reps.list', { includeArchived: true }).length
    const committed = core.ok('imports.commitRoster', roster)
    expect(committed.reps.map((rep) => rep.name)).toEqual(['Lena Fischer', 'Okonkwo, Ade', 'Ravi Shah'])
    expect(core.ok('reps.list', { includeArchived: true })).toHaveLength(before + 3)
    expect(core.call('imports.commitRoster', roster)).toMatchObject({ ok: false, error: { message: 'No rep was added: everyone in roster.csv is already on your team.' } })
  })

  it('reports each bad line and adds nobody', () => {
    const core = demoCore()
    const text = 'Full name,E-mail,Title,Hire date,Frequency\nAna Lima,ana@example,AE,2026-01-05,weekly\n,x@example.com,AE,,\nBo Chen,bo@example.com,AE,31/31/2026,daily\nCy Park,cy@example.com,AE,,\ncy park,cy@example.com,AE,,\n'
    const preview = core.ok('imports.previewRoster', { fileName: 'team.csv', text })
    expect(preview.errors).toEqual([
      { line: 2, reason: '“ana@example” is not an email address.' },
      { line: 3, reason: 'The name is empty.' },
      { line: 4, reason: '“31/31/2026” is not a start date Kept can read (for example 2026-03-02); “daily” is not a cadence (use weekly, biweekly or monthly).' },
      { line: 6, reason: 'This line repeats cy park, already on line 5. Keep one of the two lines.' }
    ])
    const before = core.rowCounts()
    const envelope = core.call('imports.commitRoster', { fileName: 'team.csv', text })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!envelope.ok && envelope.error.message).toMatch(/^No rep was added: 4 problems in team.csv \(line 2:/)
    expect(core.rowCounts()).toEqual(before)
  })

  it('says a start date like 31/02/2025 names a day that does not exist, and does not count it as evidence of the date order', () => {
    const core = demoCore()
    const text = 'Name,Email,Start date\nAna Lima,ana@example.com,31/02/2025\nBo Chen,bo@example.com,03/04/2025\n'
    const preview = core.ok('imports.previewRoster', { fileName: 'team.csv', text })
    expect(preview.errors).toEqual([{ line: 2, reason: 'The start date “31/02/2025” would be 31 February 2025, a day that does not exist.' }])
    // Before, the order read "day first: 1 of them can only be read that way", naming the very date refused above.
    expect(preview.dateOrder).toEqual({
      order: 'mdy',
      ambiguous: true,
      explanation: 'Every date reads both ways (like 03/04/2025), so Kept read them month first (US, 11/20/2026). Switch if your CRM writes them the other way.'
    })
    const dayFirst = core.ok('imports.previewRoster', { fileName: 'team.csv', text, dateOrder: 'dmy' })
    expect(dayFirst.errors).toEqual([{ line: 2, reason: 'The start date “31/02/2025” would be 31 February 2025, a day that does not exist.' }])
  })
})

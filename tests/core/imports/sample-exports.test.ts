// The three sample CRM exports import into the demo team with the expected check-ins, and an
// import shows on the goal's progress chart until it is undone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { MetricImportPreview } from '../../../src/shared/imports'
import { openCore, type CoreFixture } from '../../support/core-fixture'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()
const opened: CoreFixture[] = []
afterEach(() => {
  while (opened.length > 0) opened.pop()!.kept.close()
})

export function sample(name: string): { fileName: string; text: string } {
  return { fileName: name, text: readFileSync(join(__dirname, '../../fixtures/imports', name), 'utf8') }
}

function demoCore(): CoreFixture {
  const core = openCore(tempDir(), '2026-11-27T09:00:00Z')
  opened.push(core)
  core.ok('demo.load', { today: '2026-11-27' })
  return core
}

function stored(preview: MetricImportPreview): string[] {
  return preview.checkIns.map((checkIn) => `${checkIn.line} ${checkIn.repName} · ${checkIn.metric} · ${checkIn.date} = ${checkIn.value}`)
}

function goalId(core: CoreFixture, repName: string, metric: string): number {
  const row = core.kept.db
    .prepare('SELECT goals.id FROM goals JOIN reps ON reps.id = goals.rep_id WHERE reps.name = ? AND goals.metric = ?')
    .get(repName, metric) as { id: number }
  return row.id
}

describe('sample CRM exports', () => {
  it('reads a Salesforce report: title block and Grand Totals footer skipped, US dates, dollar amounts', () => {
    const core = demoCore()
    const preview = core.ok('imports.previewMetrics', sample('salesforce-closed-won-by-rep.csv'))
    expect(preview.sourceName).toBe('Salesforce')
    expect(preview.delimiter).toBe(',')
    expect(preview.columns).toEqual(['Opportunity Owner', 'Close Date', 'Closed Won ARR', 'Open Pipeline'])
    expect(preview.mapping).toEqual({
      repColumn: 'Opportunity Owner',
      dateColumn: 'Close Date',
      metricColumns: [
        { column: 'Closed Won ARR', metric: 'Closed-won new ARR' },
        { column: 'Open Pipeline', metric: 'Open qualified pipeline' }
      ]
    })
    expect(preview.dateOrder).toMatchObject({ order: 'mdy', ambiguous: false })
    expect(stored(preview)).toEqual([
      '6 Maya Okafor · Closed-won new ARR · 2026-10-31 = 298500',
      '7 Maya Okafor · Closed-won new ARR · 2026-11-15 = 352000',
      '8 Tom Becker · Closed-won new ARR · 2026-10-31 = 96000',
      '8 Tom Becker · Open qualified pipeline · 2026-10-31 = 310000',
      '9 Tom Becker · Closed-won new ARR · 2026-11-15 = 118400',
      '9 Tom Becker · Open qualified pipeline · 2026-11-15 = 402750.5'
    ])
    expect(preview.errors).toEqual([])
    expect(preview.totals).toEqual({ dataRows: 4, checkIns: 6, errors: 0 })
    expect(preview.notes).toEqual([
      'Skipped 3 lines above the column headers (the report title).',
      'Skipped 3 totals or footer lines (line 10, 13, 14).',
      'Skipped 2 blank lines.',
      'Maya Okafor has no goal measured by “Open qualified pipeline”: skipped 2 values on line 6, 7.'
    ])
  })

  it('reads a HubSpot export: BOM, CRLF, quoted commas, quotes and line breaks, reps matched by email', () => {
    const core = demoCore()
    const preview = core.ok('imports.previewMetrics', sample('hubspot-deals-export.csv'))
    expect(preview.sourceName).toBe('HubSpot')
    expect(preview.columns[0]).toBe('Deal owner')
    expect(preview.mapping.repColumn).toBe('Deal owner email')
    expect(preview.mapping.dateColumn).toBe('Date')
    expect(preview.mapping.metricColumns).toEqual([
      { column: 'Closed won amount', metric: 'Closed-won new ARR' },
      { column: 'Win rate', metric: 'Win rate (closed-won ÷ closed, rolling 90 days)' },
      { column: 'Meetings booked', metric: 'Qualified meetings booked per month' }
    ])
    expect(preview.dateOrder).toBeNull()
    expect(preview.repMatches.map((match) => `${match.value} → ${match.repName} (${match.how})`)).toEqual([
      'maya.okafor@example.com → Maya Okafor (email)',
      'daniel.reyes@example.com → Daniel Reyes (email)',
      'priya.nair@example.com → Priya Nair (email)',
      'MAYA.OKAFOR@example.com → Maya Okafor (email)'
    ])
    expect(stored(preview)).toEqual([
      '2 Maya Okafor · Closed-won new ARR · 2026-11-02 = 301250',
      '3 Daniel Reyes · Win rate (closed-won ÷ closed, rolling 90 days) · 2026-11-02 = 21.5',
      '4 Priya Nair · Qualified meetings booked per month · 2026-11-02 = 14',
      '6 Maya Okafor · Closed-won new ARR · 2026-11-16 = 352000',
      '7 Daniel Reyes · Win rate (closed-won ÷ closed, rolling 90 days) · 2026-11-16 = 23',
      '8 Priya Nair · Qualified meetings booked per month · 2026-11-16 = 17'
    ])
    expect(preview.errors).toEqual([])
    expect(preview.notes).toEqual(['Maya Okafor has no goal measured by “Win rate (closed-won ÷ closed, rolling 90 days)”: skipped 2 values on line 2, 6.'])
  })

  it('reads a Pipedrive-style export: semicolons, European numbers and dates, "Last, First" and accented names', () => {
    const core = demoCore()
    const preview = core.ok('imports.previewMetrics', sample('pipedrive-deals-semicolon.csv'))
    expect(preview.sourceName).toBe('Pipedrive')
    expect(preview.delimiter).toBe(';')
    expect(preview.mapping).toEqual({
      repColumn: 'Owner',
      dateColumn: 'Period end',
      metricColumns: [
        { column: 'Won ARR', metric: 'Closed-won new ARR' },
        { column: 'Expansion ARR', metric: 'Expansion ARR closed' },
        { column: 'Gross revenue retention', metric: 'Gross revenue retention on renewals due' }
      ]
    })
    expect(preview.dateOrder).toMatchObject({ order: 'dmy', ambiguous: false })
    expect(preview.repMatches.map((match) => `${match.value} → ${match.repName} (${match.how})`)).toEqual([
      'Becker, Tom → Tom Becker (close_name)',
      'Sofía Lindqvist → Sofia Lindqvist (close_name)'
    ])
    expect(stored(preview)).toEqual([
      '2 Tom Becker · Closed-won new ARR · 2026-10-31 = 96000',
      '3 Sofia Lindqvist · Expansion ARR closed · 2026-10-31 = 41250',
      '3 Sofia Lindqvist · Gross revenue retention on renewals due · 2026-10-31 = 93.5',
      '4 Tom Becker · Closed-won new ARR · 2026-11-15 = 118400',
      '5 Sofia Lindqvist · Expansion ARR closed · 2026-11-15 = 52800.5',
      '5 Sofia Lindqvist · Gross revenue retention on renewals due · 2026-11-15 = 96'
    ])
    expect(preview.errors).toEqual([])
  })

  it('commits all check-ins in one import that the goal progress chart shows, and undo removes them all', () => {
    const core = demoCore()
    const arr = goalId(core, 'Maya Okafor', 'Closed-won new ARR')
    const before = core.ok('goals.progress', { goalId: arr }).checkIns.length
    const committed = core.ok('imports.commitMetrics', sample('salesforce-closed-won-by-rep.csv'))
    expect(committed).toMatchObject({ checkInsImported: 6, repsUpdated: 2, import: { sourceName: 'Salesforce', fileName: 'salesforce-closed-won-by-rep.csv', rowsImported: 6, undoneAt: null } })

    const progress = core.ok('goals.progress', { goalId: arr })
    expect(progress.checkIns).toHaveLength(before + 2)
    expect(progress.checkIns.filter((point) => point.source === 'import').map((point) => [point.date, point.value])).toEqual([
      ['2026-10-31', 298500],
      ['2026-11-15', 352000]
    ])
    expect(core.ok('imports.list', {}).map((entry) => entry.fileName)).toEqual(['salesforce-closed-won-by-rep.csv'])

    const undone = core.ok('imports.undo', { importId: committed.import.id })
    expect(undone.checkInsRemoved).toBe(6)
    expect(undone.import.undoneAt).not.toBeNull()
    expect(core.ok('goals.progress', { goalId: arr }).checkIns).toHaveLength(before)
    expect(core.call('imports.undo', { importId: committed.import.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('skips values an earlier import already stored, and refuses a changed value until that import is undone', () => {
    const core = demoCore()
    const first = core.ok('imports.commitMetrics', sample('salesforce-closed-won-by-rep.csv'))
    expect(core.call('imports.commitMetrics', sample('salesforce-closed-won-by-rep.csv'))).toMatchObject({
      ok: false,
      error: { message: 'Nothing was imported: every value in salesforce-closed-won-by-rep.csv was already imported.' }
    })
    const text = 'Opportunity Owner,Close Date,Closed Won ARR\nMaya Okafor,10/31/2026,"$298,500.00"\nMaya Okafor,11/15/2026,"$360,000.00"\nMaya Okafor,11/30/2026,"$371,000.00"\n'
    const preview = core.ok('imports.previewMetrics', { fileName: 'later.csv', text })
    expect(preview.notes).toContain('1 value was already imported with the same number and is skipped (line 2).')
    expect(preview.errors).toEqual([
      {
        line: 3,
        reason: 'Maya Okafor’s “Closed-won new ARR” for 2026-11-15 was already imported from salesforce-closed-won-by-rep.csv as 352000, not 360000. Undo that import first, or leave this line out.'
      }
    ])
    core.ok('imports.undo', { importId: first.import.id })
    const afterUndo = core.ok('imports.previewMetrics', { fileName: 'later.csv', text })
    expect(afterUndo.errors).toEqual([])
    expect(afterUndo.totals.checkIns).toBe(3)
  })

  it('remembers the mapping chosen for these headers and offers it for the next file', () => {
    const core = demoCore()
    const chosen = {
      repColumn: 'Opportunity Owner',
      dateColumn: 'Close Date',
      metricColumns: [{ column: 'Closed Won ARR', metric: 'Closed-won new ARR' }]
    }
    core.ok('imports.commitMetrics', { ...sample('salesforce-closed-won-by-rep.csv'), mapping: chosen })
    const next = core.ok('imports.previewMetrics', sample('salesforce-closed-won-by-rep.csv'))
    expect(next.mappingSource).toBe('remembered')
    expect(next.mapping).toEqual(chosen)

    // The same headers written differently are the same source; other headers get a fresh guess.
    const respelled = sample('salesforce-closed-won-by-rep.csv').text.replace('"Opportunity Owner","Close Date"', '"opportunity  owner","CLOSE DATE"')
    const again = core.ok('imports.previewMetrics', { fileName: 'respelled.csv', text: respelled })
    expect(again.headerSignature).toBe(next.headerSignature)
    expect(again.mappingSource).toBe('remembered')
    expect(again.mapping).toEqual({ ...chosen, repColumn: 'opportunity  owner', dateColumn: 'CLOSE DATE' })
    const other = core.ok('imports.previewMetrics', sample('hubspot-deals-export.csv'))
    expect(other.mappingSource).toBe('detected')
    expect(other.headerSignature).not.toBe(next.headerSignature)
  })
})

// Times a large CRM import through the data core: generates a Salesforce-style CSV of 100,000
// rows for the demo team (six reps, one row per rep and day, US dates, dollar amounts), then
// times reading the table, the preview (`imports.previewMetrics`, what the Import screen waits
// for) and the all-or-nothing commit, each through `dispatch` on a fresh temp database.
//
//   npx tsx scripts/time-import.ts [--rows 100000] [--json results.json]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { addDays, format } from 'date-fns'
import { createApiHandlers } from '../src/main/core/api/handlers'
import { dispatch } from '../src/main/core/api/dispatch'
import { fixedClock } from '../src/main/core/clock'
import { openDatabase } from '../src/main/core/db/open-database'
import { readCsvText } from '../src/main/core/imports/read-csv-text'
import { createMemoryPreferencesStore } from '../src/main/core/preferences/preferences-store'

const REPS = ['Maya Okafor', 'Daniel Reyes', 'Priya Nair', 'Tom Becker', 'Sofia Lindqvist', 'Kwame Mensah']

/** "$1,234,567.50" */
function dollars(value: number): string {
  return `$${String(Math.floor(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.50`
}

/** A Salesforce-style export: report title, header, one row per rep and day, Grand Totals footer. */
export function generateExport(rows: number): string {
  const lines = ['"Closed Won ARR by Rep"', '""', '"Opportunity Owner","Close Date","Closed Won ARR","Open Pipeline"']
  const start = new Date(1990, 0, 1)
  for (let index = 0; index < rows; index += 1) {
    const rep = REPS[index % REPS.length]!
    const day = addDays(start, Math.floor(index / REPS.length))
    const arr = (index * 7919) % 500_000
    lines.push(`"${rep}","${format(day, 'MM/dd/yyyy')}","${dollars(arr)}","${dollars(arr * 3)}"`)
  }
  lines.push('"Grand Totals (' + rows + ' records)","","",""', '', '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."')
  return lines.join('\r\n')
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now()
  const result = run()
  return { result, ms: Math.round((performance.now() - started) * 10) / 10 }
}

function main(): void {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, json: { type: 'string' } } })
  const rows = Number(values.rows)
  const dir = mkdtempSync(join(tmpdir(), 'kept-time-import-'))
  try {
    const generated = timed(() => generateExport(rows))
    const text = generated.result
    const kept = openDatabase(join(dir, 'kept.sqlite'))
    const handlers = createApiHandlers({
      db: kept.db,
      clock: fixedClock('2026-11-27T09:00:00Z'),
      databasePath: kept.path,
      schemaVersion: kept.schemaVersion,
      host: 'browser',
      preferences: createMemoryPreferencesStore()
    })
    const call = (method: string, input: unknown) => {
      const envelope = dispatch(handlers, method, input)
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`)
      return envelope.value as Record<string, unknown>
    }
    call('demo.load', { today: '2026-11-27' })
    const file = { fileName: 'closed-won-100k.csv', text }
    const read = timed(() => readCsvText(text))
    const preview = timed(() => call('imports.previewMetrics', file))
    const previewJson = JSON.stringify(preview.result)
    const commit = timed(() => call('imports.commitMetrics', file))
    const undo = timed(() => call('imports.undo', { importId: (commit.result.import as { id: number }).id }))
    kept.close()
    const figures = {
      rows,
      fileMegabytes: Math.round((Buffer.byteLength(text) / 1024 / 1024) * 10) / 10,
      generateMs: generated.ms,
      readCsvMs: read.ms,
      previewMs: preview.ms,
      previewResponseKilobytes: Math.round(Buffer.byteLength(previewJson) / 1024),
      checkInsPlanned: (preview.result.totals as { checkIns: number }).checkIns,
      commitMs: commit.ms,
      checkInsStored: commit.result.checkInsImported,
      undoMs: undo.ms
    }
    console.log(JSON.stringify(figures, null, 2))
    if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith("time-import.ts")) main()

// `kept import-metrics`: a dry run prints the records exactly as parsed and leaves the database
// file untouched; a real run commits all check-ins or, on any problem, nothing.
import { createHash } from 'node:crypto'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/main/cli/cli-command'
import { runCli } from '../../src/main/cli/kept-cli'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const FIXTURES = join(__dirname, '../fixtures/imports')

function capture(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) }
  return io
}

function demoDatabase(dir: string): string {
  const core = openCore(dir, '2026-11-27T09:00:00Z')
  core.ok('demo.load', { today: '2026-11-27' })
  core.kept.close()
  return join(dir, 'kept.sqlite')
}

function checkInsFromImports(dbPath: string): number {
  const core = openCore(join(dbPath, '..'))
  try {
    return (core.kept.db.prepare('SELECT count(*) AS n FROM goal_checkins WHERE import_id IS NOT NULL').get() as { n: number }).n
  } finally {
    core.kept.close()
  }
}

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('kept import-metrics', () => {
  it('--dry-run --json prints the columns, the records as parsed and the errors, and writes nothing', async () => {
    const dir = tempDir()
    const db = demoDatabase(dir)
    copyFileSync(join(FIXTURES, 'pipedrive-deals-semicolon.csv'), join(dir, 'pipedrive.csv'))
    const before = hashOf(db)
    const io = capture(dir)
    expect(await runCli(['import-metrics', 'pipedrive.csv', '--db', 'kept.sqlite', '--dry-run', '--json'], io)).toBe(0)
    expect(JSON.parse(io.out)).toEqual({
      columns: ['Owner', 'Email', 'Period end', 'Won ARR', 'Expansion ARR', 'Gross revenue retention'],
      rows: [
        { Owner: 'Becker, Tom', Email: '', 'Period end': '31.10.2026', 'Won ARR': '96.000,00 €', 'Expansion ARR': '', 'Gross revenue retention': '' },
        { Owner: 'Sofía Lindqvist', Email: '', 'Period end': '31.10.2026', 'Won ARR': '', 'Expansion ARR': '41 250,00 €', 'Gross revenue retention': '93,5 %' },
        { Owner: 'Becker, Tom', Email: '', 'Period end': '15/11/2026', 'Won ARR': '118.400,00 €', 'Expansion ARR': '', 'Gross revenue retention': '' },
        { Owner: 'Sofía Lindqvist', Email: '', 'Period end': '15/11/2026', 'Won ARR': '', 'Expansion ARR': '52.800,5 €', 'Gross revenue retention': '96 %' }
      ],
      errors: []
    })
    expect(io.err).toBe('')
    expect(hashOf(db)).toBe(before)
    expect(checkInsFromImports(db)).toBe(0)
  })

  it('--dry-run --json lists line errors and exits non-zero', async () => {
    const dir = tempDir()
    const db = demoDatabase(dir)
    writeFileSync(join(dir, 'bad.csv'), 'Rep,Date,Closed-won new ARR\nTom Becker,2026-11-02,"$1,000"\nJane Doe,2026-11-02,5\nTom Becker,2026-11-03\n')
    const before = hashOf(db)
    const io = capture(dir)
    expect(await runCli(['import-metrics', 'bad.csv', '--db', db, '--dry-run', '--json'], io)).toBe(1)
    expect(JSON.parse(io.out)).toEqual({
      columns: ['Rep', 'Date', 'Closed-won new ARR'],
      rows: [
        { Rep: 'Tom Becker', Date: '2026-11-02', 'Closed-won new ARR': '$1,000' },
        { Rep: 'Jane Doe', Date: '2026-11-02', 'Closed-won new ARR': '5' }
      ],
      errors: [
        { line: 3, reason: '“Jane Doe” is not a rep on your team. Add the rep, or correct the name or email in the file.' },
        { line: 4, reason: 'This line has 2 fields but the header has 3. Check for a missing or extra comma or an unclosed quote.' }
      ]
    })
    expect(io.err).toBe('2 lines have problems; an import would store nothing.\n')
    expect(hashOf(db)).toBe(before)
  })

  it('imports with the detected mapping and prints a summary; a bad file stores nothing and explains on stderr', async () => {
    const dir = tempDir()
    const db = demoDatabase(dir)
    const io = capture(dir)
    expect(await runCli(['import-metrics', join(FIXTURES, 'salesforce-closed-won-by-rep.csv'), '--db', db], io)).toBe(0)
    expect(io.out).toBe("Imported 6 check-ins for 2 reps from salesforce-closed-won-by-rep.csv (Salesforce, import #1). Undo it from Kept's Import screen.\n")
    expect(checkInsFromImports(db)).toBe(6)

    const json = capture(dir)
    expect(await runCli(['import-metrics', join(FIXTURES, 'hubspot-deals-export.csv'), '--db', db, '--json'], json)).toBe(0)
    expect(JSON.parse(json.out)).toMatchObject({ checkInsImported: 6, repsUpdated: 3, import: { sourceName: 'HubSpot', rowsImported: 6 } })

    writeFileSync(join(dir, 'bad.csv'), 'Rep,Date,Closed-won new ARR\nTom Becker,2026-11-20,"$1,000"\nTom Becker,2026-11-20,"$2,000"\n')
    const bad = capture(dir)
    expect(await runCli(['import-metrics', 'bad.csv', '--db', db], bad)).toBe(1)
    expect(bad.out).toBe('')
    expect(bad.err).toBe(
      'line 3: This line repeats Tom Becker’s “Closed-won new ARR” for 2026-11-20, already given on line 2. Keep one of the two lines.\n' +
        'kept import-metrics: nothing was imported: 1 problem in bad.csv. Fix the file, then import again.\n'
    )
    expect(checkInsFromImports(db)).toBe(12)
  })

  it('refuses a missing file, a missing database, a binary file and a missing --db with clear messages', async () => {
    const dir = tempDir()
    const db = demoDatabase(dir)
    writeFileSync(join(dir, 'report.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))
    const cases: Array<[string[], string]> = [
      [['import-metrics', 'nope.csv', '--db', db], `kept import-metrics: there is no file at ${join(dir, 'nope.csv')}.\n`],
      [['import-metrics', 'report.xlsx', '--db', 'other.sqlite'], `kept import-metrics: there is no Kept database at ${join(dir, 'other.sqlite')}.\n`],
      [['import-metrics', 'report.xlsx', '--db', db], 'kept import-metrics: This file is not a CSV text file (it contains binary data). Export the report as CSV and choose that file.\n'],
      [['import-metrics', 'report.xlsx'], 'kept import-metrics: say which database to import into with --db FILE.\n']
    ]
    for (const [argv, message] of cases) {
      const io = capture(dir)
      expect(await runCli(argv, io)).toBe(1)
      expect(io.err).toBe(message)
      expect(io.out).toBe('')
    }
  })
})

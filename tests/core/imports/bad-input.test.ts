// Bad files and bad lines each get a plain message naming the line, and a commit with any
// problem stores nothing.
import { afterEach, describe, expect, it } from 'vitest'
import { readCsvText } from '../../../src/main/core/imports/read-csv-text'
import { openCore, type CoreFixture } from '../../support/core-fixture'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()
const opened: CoreFixture[] = []
afterEach(() => {
  while (opened.length > 0) opened.pop()!.kept.close()
})

function demoCore(): CoreFixture {
  const core = openCore(tempDir(), '2026-11-27T09:00:00Z')
  opened.push(core)
  core.ok('demo.load', { today: '2026-11-27' })
  return core
}

function errorOf(core: CoreFixture, text: string, method: 'imports.previewMetrics' | 'imports.commitMetrics' | 'imports.previewRoster' = 'imports.previewMetrics'): string {
  const envelope = core.call(method, { fileName: 'export.csv', text })
  if (envelope.ok) throw new Error('expected an error')
  return envelope.error.message
}

const HEADER = 'Rep,Date,Closed-won new ARR\n'

describe('files that cannot be imported', () => {
  it('refuses a binary file, an empty file, a file with only headers and a file over 50 MB, each with its own message', () => {
    const core = demoCore()
    expect(errorOf(core, 'PK\u0003\u0004\u0000\u0000binary')).toBe(
      'This file is not a CSV text file (it contains binary data). Export the report as CSV and choose that file.'
    )
    expect(errorOf(core, '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd')).toContain('is not UTF-8 text')
    expect(errorOf(core, '')).toBe('This file is empty. Export the report again with its rows.')
    expect(errorOf(core, '\ufeff \r\n\r\n')).toBe('This file is empty. Export the report again with its rows.')
    expect(errorOf(core, 'Rep,Date,Amount\r\n')).toBe('This file has column headers but no rows of data. Export the report again with its rows.')
    expect(errorOf(core, 'just one column\nand another line\n')).toContain('Kept could not find a table in this file')
    expect(errorOf(core, 'a'.repeat(50 * 1024 * 1024 + 1))).toBe(
      'Please correct text: This file is larger than 50 MB; Kept imports files up to 50 MB. Export a shorter period or fewer columns.'
    )
    expect(errorOf(core, 'Rep,Date\n', 'imports.previewRoster')).toContain('no rows of data')
  })
})

describe('reading the table', () => {
  it('detects comma, semicolon and tab separators and keeps quoted commas, quotes and line breaks', () => {
    expect(readCsvText('a,b\n1,2\n').delimiter).toBe(',')
    expect(readCsvText('a;b\n1,5;2,5\n').delimiter).toBe(';')
    const tabbed = readCsvText('Rep\tNote\r\nMaya\t"said ""yes"", then\r\nsigned"\r\nTom\tok\r\n')
    expect(tabbed.delimiter).toBe('\t')
    expect(tabbed.records).toEqual([
      { line: 2, values: ['Maya', 'said "yes", then\nsigned'] },
      { line: 4, values: ['Tom', 'ok'] }
    ])
  })

  it('skips a repeated header row and footer lines with a note, and reports lines with too many or too few fields', () => {
    const table = readCsvText('Rep,Date,Amount\nMaya,2026-11-02,5\nRep,Date,Amount\nTom,2026-11-02\nTom,2026-11-03,1,2\nTom,2026-11-04,3,,\nTotal,,8\n\n')
    expect(table.records.map((record) => record.line)).toEqual([2, 6])
    expect(table.records[1]!.values).toEqual(['Tom', '2026-11-04', '3'])
    expect(table.errors).toEqual([
      { line: 4, reason: 'This line has 2 fields but the header has 3. Check for a missing or extra comma or an unclosed quote.' },
      { line: 5, reason: 'This line has 4 fields but the header has 3. Check for a missing or extra comma or an unclosed quote.' }
    ])
    expect(table.notes).toEqual(['Skipped 1 totals or footer line (line 7).', 'Skipped the column headers repeated on line 3.', 'Skipped 1 blank line.'])
  })
})

describe('problems the CSV parser reports', () => {
  it('reports a quote left open as an error on its line instead of swallowing every later line', () => {
    const table = readCsvText('Rep,Amount,Note\nAna,100,"ok\nBo,200,fine\nCy,300,fine')
    expect(table.errors).toEqual([
      {
        line: 2,
        reason:
          'A quote (") opened on this line is never closed, so lines 2 to 4 were read as one field. Close the quote or remove it; nothing was imported from these lines.'
      }
    ])
    expect(table.records).toEqual([])
  })

  it('reports a malformed quote on its line', () => {
    const table = readCsvText('Rep,Amount,Note\nAna,100,"ok"x,\nBo,200,fine\nCy,300,fine')
    expect(table.errors.map((error) => error.line)).toEqual([2])
    expect(table.errors[0]!.reason).toContain('quote')
    expect(table.records.map((record) => record.line)).toEqual([])
  })

  it('a metric or roster import with a quote left open stores nothing and names the line', () => {
    const core = demoCore()
    const text = `${HEADER}Maya Okafor,2026-11-02,"10000\nTom Becker,2026-11-02,5\nTom Becker,2026-11-03,6\n`
    const preview = core.ok('imports.previewMetrics', { fileName: 'export.csv', text })
    expect(preview.totals.checkIns).toBe(0)
    expect(preview.errors.find((error) => error.line === 2)?.reason).toContain('lines 2 to 4 were read as one field')
    expect(errorOf(core, text, 'imports.commitMetrics')).toContain('Nothing was imported')
    expect(core.ok('imports.list', {})).toEqual([])
    const roster = core.ok('imports.previewRoster', { fileName: 'team.csv', text: 'Name,Email\nAna Lima,"ana@example.com\nBo Chen,bo@example.com\n' })
    expect(roster.errors.map((error) => error.line)).toEqual([2])
    expect(roster.newReps).toEqual([])
  })
})

describe('numbers that read two ways', () => {
  it('refuses "1,200" when nothing in the file shows the decimal mark, reads "$1,200" (dollars have two decimals) and reads by the column once it shows', () => {
    const core = demoCore()
    const unclear = core.ok('imports.previewMetrics', { fileName: 'export.csv', text: `${HEADER}Maya Okafor,2026-11-02,"1,200"\nTom Becker,2026-11-02,5\n` })
    expect(unclear.errors).toEqual([
      {
        line: 2,
        reason:
          '“1,200” in “Closed-won new ARR” could be 1,200 or 1.2: nothing in the file shows whether “,” or “.” marks the decimals. Export the numbers with their decimals (like 1,200.00 or 1.200,00).'
      }
    ])
    expect(errorOf(core, `${HEADER}Maya Okafor,2026-11-02,"1,200"\n`, 'imports.commitMetrics')).toContain('Nothing was imported')
    const money = core.ok('imports.previewMetrics', { fileName: 'export.csv', text: `${HEADER}Maya Okafor,2026-11-02,"$1,200"\n` })
    expect(money.errors).toEqual([])
    expect(money.checkIns.map((checkIn) => checkIn.value)).toEqual([1200])
    const shown = core.ok('imports.previewMetrics', { fileName: 'export.csv', text: `${HEADER}Maya Okafor,2026-11-02,"1,200"\nTom Becker,2026-11-02,"2,5"\n` })
    expect(shown.errors).toEqual([])
    expect(shown.checkIns.map((checkIn) => checkIn.value)).toEqual([1.2, 2.5])
  })
})

describe('rep columns', () => {
  it('matches a line by the rep’s name when its Owner Email is blank, and offers only number columns as metrics', () => {
    const core = demoCore()
    const text = 'Owner Email,Owner Name,Date,Closed-won new ARR\ntom.becker@example.com,Tom Becker,2026-11-02,5\n,Maya Okafor,2026-11-02,7\n,Nobody Known,2026-11-02,9\n'
    const preview = core.ok('imports.previewMetrics', { fileName: 'export.csv', text })
    expect(preview.numberColumns).toEqual(['Closed-won new ARR'])
    expect(preview.checkIns.map((checkIn) => [checkIn.line, checkIn.repName])).toEqual([
      [2, 'Tom Becker'],
      [3, 'Maya Okafor']
    ])
    // The name column matches more lines than the email column, blanks counted.
    expect(preview.mapping.repColumn).toBe('Owner Name')
    expect(preview.errors).toEqual([{ line: 4, reason: '“Nobody Known” is not a rep on your team. Add the rep, or correct the name or email in the file.' }])
    // With the email column chosen, a line without an email is matched by its name: one blank email no longer blocks the file.
    const byEmail = core.ok('imports.previewMetrics', {
      fileName: 'export.csv',
      text,
      mapping: { repColumn: 'Owner Email', dateColumn: 'Date', metricColumns: [{ column: 'Closed-won new ARR', metric: 'Closed-won new ARR' }] }
    })
    expect(byEmail.checkIns.map((checkIn) => [checkIn.line, checkIn.repName])).toEqual([
      [2, 'Tom Becker'],
      [3, 'Maya Okafor']
    ])
    expect(byEmail.errors).toEqual([{ line: 4, reason: 'The rep column “Owner Email” is empty on this line and “Owner Name” names no rep on your team.' }])
  })
})

describe('lines that cannot be imported', () => {
  it('lists unknown reps, names both lines of a duplicate, and reports unreadable values and dates', () => {
    const core = demoCore()
    const text = `${HEADER}Maya Okafor,2026-11-02,"$10,000"\nJane Doe,2026-11-02,5\nmaya okafor,2026-11-02,"$12,000"\nJane Doe,2026-11-03,5\nTom Becker,someday,5\nTom Becker,2026-11-02,lots\n`
    const preview = core.ok('imports.previewMetrics', { fileName: 'export.csv', text })
    expect(preview.unmatchedReps).toEqual([{ value: 'Jane Doe', lines: [3, 5] }])
    expect(preview.errors).toEqual([
      { line: 3, reason: '“Jane Doe” is not a rep on your team. Add the rep, or correct the name or email in the file.' },
      { line: 4, reason: 'This line repeats Maya Okafor’s “Closed-won new ARR” for 2026-11-02, already given on line 2. Keep one of the two lines.' },
      { line: 5, reason: '“Jane Doe” is not a rep on your team. Add the rep, or correct the name or email in the file.' },
      { line: 6, reason: '“someday” in “Date” is not a date Kept can read month first (for example 2026-11-20).' },
      { line: 7, reason: '“lots” in “Closed-won new ARR” is not a number.' }
    ])
    expect(preview.totals).toEqual({ dataRows: 6, checkIns: 1, errors: 5 })
  })

  it('matches reps by email, exact name, and close name (case, accents, a typo, "Last, First")', () => {
    const core = demoCore()
    const text = `${HEADER}TOM.BECKER@EXAMPLE.COM,2026-11-01,1\nTom Becker,2026-11-02,2\ntom  becker,2026-11-03,3\nTom Beker,2026-11-04,4\n"Becker, Tom",2026-11-05,5\nTóm Becker,2026-11-06,6\n`
    const preview = core.ok('imports.previewMetrics', { fileName: 'export.csv', text })
    expect(preview.errors).toEqual([])
    expect(preview.repMatches.map((match) => [match.value, match.repName, match.how])).toEqual([
      ['TOM.BECKER@EXAMPLE.COM', 'Tom Becker', 'email'],
      ['Tom Becker', 'Tom Becker', 'name'],
      ['tom  becker', 'Tom Becker', 'close_name'],
      ['Tom Beker', 'Tom Becker', 'close_name'],
      ['Becker, Tom', 'Tom Becker', 'close_name'],
      ['Tóm Becker', 'Tom Becker', 'close_name']
    ])
  })

  it('reads ambiguous dates month first by default and day first when asked', () => {
    const core = demoCore()
    const text = `${HEADER}Tom Becker,03/04/2026,1\nTom Becker,05/06/2026,2\n`
    const guessed = core.ok('imports.previewMetrics', { fileName: 'export.csv', text })
    expect(guessed.dateOrder).toMatchObject({ order: 'mdy', ambiguous: true })
    expect(guessed.checkIns.map((checkIn) => checkIn.date)).toEqual(['2026-03-04', '2026-05-06'])
    const switched = core.ok('imports.previewMetrics', { fileName: 'export.csv', text, dateOrder: 'dmy' })
    expect(switched.dateOrder).toMatchObject({ order: 'dmy', ambiguous: true })
    expect(switched.checkIns.map((checkIn) => checkIn.date)).toEqual(['2026-04-03', '2026-06-05'])
  })

  it('refuses two columns mapped to the same metric', () => {
    const core = demoCore()
    const preview = core.ok('imports.previewMetrics', {
      fileName: 'export.csv',
      text: 'Rep,Date,A,B\nTom Becker,2026-11-02,1,2\n',
      mapping: { repColumn: 'Rep', dateColumn: 'Date', metricColumns: [{ column: 'A', metric: 'Closed-won new ARR' }, { column: 'B', metric: 'Closed-won new ARR' }] }
    })
    expect(preview.errors).toEqual([{ line: 1, reason: 'Both “A” and “B” are mapped to “Closed-won new ARR”. Map one of them to another metric or leave it out.' }])
  })

  it('stores nothing when any line has a problem, and says so', () => {
    const core = demoCore()
    const before = core.rowCounts()
    const message = errorOf(core, `${HEADER}Tom Becker,2026-11-02,"$1,000"\nJane Doe,2026-11-02,5\n`, 'imports.commitMetrics')
    expect(message).toBe(
      'Nothing was imported: 1 problem in export.csv (line 3: “Jane Doe” is not a rep on your team. Add the rep, or correct the name or email in the file.) Fix the file or the mapping, then import again.'
    )
    expect(core.rowCounts()).toEqual(before)
  })
})

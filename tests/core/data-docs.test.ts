// docs/DATA.md describes the file as the code writes it: every version number it states comes
// from the code, so the page cannot fall behind a new migration or export format unnoticed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { JSON_EXPORT_FORMAT_VERSION } from '../../src/main/core/backup/json-export'
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations'

const dataDoc = readFileSync(join(process.cwd(), 'docs/DATA.md'), 'utf8')

function numbersAfter(pattern: RegExp): number[] {
  return [...dataDoc.matchAll(pattern)].map((match) => Number(match[1]))
}

describe('docs/DATA.md and the code agree', () => {
  it('states the current data format (schema) version in its opening and its versions section', () => {
    expect(numbersAfter(/matches data format \(schema\) version \*\*(\d+)\*\*/g)).toEqual([LATEST_SCHEMA_VERSION])
    expect(numbersAfter(/holds the schema version of the file \(`(\d+)` for this document/g)).toEqual([LATEST_SCHEMA_VERSION])
  })

  it('shows the JSON export header with the current format and schema versions', () => {
    expect(numbersAfter(/"formatVersion": (\d+)/g)).toEqual([JSON_EXPORT_FORMAT_VERSION])
    expect(numbersAfter(/"schemaVersion": (\d+)/g)).toEqual([LATEST_SCHEMA_VERSION])
  })

  it('mentions no schema version newer than the code has', () => {
    const mentioned = numbersAfter(/[Ss]chema version (\d+)/g)
    expect(mentioned.length).toBeGreaterThan(0)
    expect(mentioned.filter((version) => version > LATEST_SCHEMA_VERSION)).toEqual([])
  })
})

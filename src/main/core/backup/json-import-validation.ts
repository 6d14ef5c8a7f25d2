// Every row of a JSON export is checked against the database it goes into before anything is
// written: the rules are read from that database's own schema (declared types, NOT NULL, the
// `IN (…)` and `BETWEEN` checks, dates by column name, JSON columns), so a table added by a
// later migration is checked too. Each problem names its table, row and field.
import { isValid, parseISO } from 'date-fns'
import type { Database } from 'better-sqlite3'

interface ColumnRule {
  name: string
  type: 'integer' | 'real' | 'text' | 'any'
  notNull: boolean
  allowed: Array<string | number> | null
  range: { min: number; max: number } | null
  isId: boolean
  date: 'date' | 'date-time' | null
  json: 'document' | 'any' | null
}

const MAX_PROBLEMS = 20
const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function literalValue(text: string): string | number {
  const trimmed = text.trim()
  return /^'.*'$/s.test(trimmed) ? trimmed.slice(1, -1).replace(/''/g, "'") : Number(trimmed)
}

function declaredType(type: string): ColumnRule['type'] {
  const upper = type.toUpperCase()
  if (upper.includes('INT')) return 'integer'
  if (/REAL|FLOA|DOUB/.test(upper)) return 'real'
  if (/CHAR|CLOB|TEXT/.test(upper)) return 'text'
  return 'any'
}

/** The line of the CREATE TABLE statement that defines `column` (for its `-- comment`). */
function definitionLine(sql: string, column: string): string {
  return new RegExp(`^\\s*,?\\s*${escapeForRegExp(column)}\\s+[A-Z]+[^\\n]*$`, 'im').exec(sql)?.[0] ?? ''
}

function rulesOf(db: Database, table: string): ColumnRule[] {
  const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string | undefined) ?? ''
  const columns = db.prepare(`PRAGMA table_info(${quoted(table)})`).all() as Array<{ name: string; type: string; notnull: number; pk: number }>
  return columns.map((column) => {
    const name = escapeForRegExp(column.name)
    const inList = new RegExp(`CHECK\\s*\\(\\s*${name}\\s+IN\\s*\\(([^()]*)\\)\\s*\\)`, 'i').exec(sql)
    const between = new RegExp(`CHECK\\s*\\(\\s*${name}\\s+BETWEEN\\s+(-?\\d+)\\s+AND\\s+(-?\\d+)\\s*\\)`, 'i').exec(sql)
    const line = definitionLine(sql, column.name)
    const isDate = /_(date|on)$/.test(column.name) || /--[^\n]*'YYYY-MM-DD'/.test(line)
    const isDateTime = !isDate && /_at$/.test(column.name)
    const isJson = /_json$/.test(column.name) || /--\s*JSON/i.test(line)
    return {
      name: column.name,
      type: declaredType(column.type),
      notNull: column.notnull === 1 || column.pk > 0,
      allowed: inList ? inList[1]!.split(',').map(literalValue) : null,
      range: between ? { min: Number(between[1]), max: Number(between[2]) } : null,
      isId: column.name === 'id' || column.name.endsWith('_id'),
      date: isDate ? 'date' : isDateTime ? 'date-time' : null,
      json: isJson ? (column.name === 'doc_json' ? 'document' : 'any') : null
    }
  })
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
// What Kept writes: UTC timestamps ('2026-03-13T09:31:00.000Z') and local times ('2026-03-13T09:30').
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

/** The text starts with a day that exists (not 2026-02-30). */
function isCalendarDate(text: string): boolean {
  const day = text.slice(0, 10)
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

function isDocumentNode(node: unknown, depth: number): boolean {
  if (depth > 200 || typeof node !== 'object' || node === null || Array.isArray(node)) return false
  const record = node as Record<string, unknown>
  if (typeof record.type !== 'string' || record.type === '') return false
  if (record.text !== undefined && typeof record.text !== 'string') return false
  if (record.content === undefined) return true
  return Array.isArray(record.content) && record.content.every((child) => isDocumentNode(child, depth + 1))
}

type CellValue = { kind: 'null' } | { kind: 'integer'; value: bigint } | { kind: 'real'; value: number } | { kind: 'text'; value: string } | { kind: 'blob' } | { kind: 'unknown' }

function readCell(cell: unknown): CellValue {
  if (cell === null) return { kind: 'null' }
  if (typeof cell === 'string') return { kind: 'text', value: cell }
  if (typeof cell === 'number') return Number.isInteger(cell) ? { kind: 'integer', value: BigInt(cell) } : Number.isFinite(cell) ? { kind: 'real', value: cell } : { kind: 'unknown' }
  if (typeof cell === 'object') {
    const record = cell as Record<string, unknown>
    if (typeof record.$blob === 'string') return { kind: 'blob' }
    if (typeof record.$int === 'string' && /^-?\d+$/.test(record.$int)) return { kind: 'integer', value: BigInt(record.$int) }
    if (typeof record.$real === 'number') return { kind: 'real', value: record.$real }
    if (typeof record.$real === 'string' && !Number.isNaN(Number(record.$real))) return { kind: 'real', value: Number(record.$real) }
  }
  return { kind: 'unknown' }
}

function describeValue(cell: unknown): string {
  const text = JSON.stringify(cell) ?? String(cell)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/** What is wrong with one cell under its column's rule, or null. */
function cellProblem(rule: ColumnRule, cell: unknown): string | null {
  const value = readCell(cell)
  if (value.kind === 'null') return rule.notNull ? 'is empty, but this field is required' : null
  if (value.kind === 'unknown') return `has a value Kept does not understand (${describeValue(cell)})`
  if (rule.type === 'integer') {
    if (value.kind !== 'integer') return `must be a whole number, not ${describeValue(cell)}`
    if (value.value < INT64_MIN || value.value > INT64_MAX) return `${value.value} is out of range for a whole number`
    if (rule.isId && value.value < 1n) return `${value.value} is not a valid id (ids start at 1)`
  }
  if (rule.type === 'real' && value.kind !== 'integer' && value.kind !== 'real') return `must be a number, not ${describeValue(cell)}`
  if (rule.type === 'text' && value.kind !== 'text') return `must be text, not ${describeValue(cell)}`
  if (rule.allowed) {
    const comparable = value.kind === 'integer' ? Number(value.value) : value.kind === 'text' || value.kind === 'real' ? value.value : null
    if (!rule.allowed.some((allowed) => allowed === comparable)) return `${describeValue(cell)} is not one of ${rule.allowed.map((allowed) => String(allowed)).join(', ')}`
  }
  if (rule.range) {
    const number = value.kind === 'integer' ? Number(value.value) : value.kind === 'real' ? value.value : NaN
    if (!(number >= rule.range.min && number <= rule.range.max)) return `${describeValue(cell)} is not between ${rule.range.min} and ${rule.range.max}`
  }
  if (value.kind !== 'text') return null
  if (rule.date === 'date' && !(DATE.test(value.value) && isCalendarDate(value.value))) return `${describeValue(cell)} is not a date like 2026-03-14`
  if (rule.date === 'date-time' && !(DATE_TIME.test(value.value) && isCalendarDate(value.value) && isValid(parseISO(value.value)))) {
    return `${describeValue(cell)} is not a date and time like 2026-03-14T09:30:00.000Z`
  }
  if (rule.json) {
    let parsed: unknown
    try {
      parsed = JSON.parse(value.value)
    } catch {
      return 'is not valid JSON'
    }
    if (rule.json === 'document' && !(isDocumentNode(parsed, 0) && (parsed as { type: string }).type === 'doc')) return 'is not a note document (a JSON object of type "doc")'
  }
  return null
}

export interface ExportTableContent {
  columns: string[]
  rows: unknown[][]
}

/**
 * Every problem of the export's rows against the schema of `db` (table by table, row by row,
 * field by field), at most MAX_PROBLEMS of them plus a count of the rest. Empty when all is well.
 */
export function validateExportRows(db: Database, tables: Record<string, ExportTableContent>): string[] {
  const problems: string[] = []
  let more = 0
  const report = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem)
    else more++
  }
  for (const [table, content] of Object.entries(tables)) {
    if (table === 'sqlite_sequence') continue
    const rules = rulesOf(db, table)
    const byName = new Map(rules.map((rule) => [rule.name, rule]))
    const idIndex = content.columns.indexOf('id')
    content.rows.forEach((row, index) => {
      const id = idIndex >= 0 && typeof row[idIndex] === 'number' ? ` (id ${row[idIndex]})` : ''
      content.columns.forEach((column, position) => {
        const rule = byName.get(column)
        const problem = rule ? cellProblem(rule, row[position]) : null
        if (problem) report(`${table}, row ${index + 1}${id}, ${column}: ${problem}`)
      })
    })
  }
  if (more > 0) problems.push(`… and ${more} more problem${more === 1 ? '' : 's'}`)
  return problems
}

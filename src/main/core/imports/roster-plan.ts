// Turns a roster CSV (name, email, role, start date, cadence) into the reps it adds, the ones
// already on the team, and every reason a line cannot be imported.
import type { Cadence } from '@shared/domain'
import type { DateOrder, ImportLineError, RosterEntry, RosterPreview } from '@shared/imports'
import type { RepForImport } from '../repositories/metric-imports-repository'
import { detectDateOrder, missingDay, parseCrmDate } from './crm-date'
import type { CsvTable } from './read-csv-text'
import { normalizeText } from './text-similarity'

type RosterField = keyof RosterPreview['fieldColumns']

const FIELD_HEADERS: Record<RosterField, RegExp> = {
  name: /^(name|full name|rep|rep name|sales rep|employee|employee name|user|owner|display name)$/,
  email: /^(email|e mail|email address|work email|e mail address|user email)$/,
  role: /^(role|title|job title|position|job)$/,
  startDate: /^(start date|started|start|hire date|hired|joined|date joined|start on)$/,
  cadence: /^(cadence|1 1 cadence|one on one cadence|meeting cadence|frequency|1 1 frequency)$/
}

const CADENCE_WORDS: Record<string, Cadence> = {
  weekly: 'weekly',
  week: 'weekly',
  'every week': 'weekly',
  biweekly: 'biweekly',
  'bi weekly': 'biweekly',
  fortnightly: 'biweekly',
  'every two weeks': 'biweekly',
  'every 2 weeks': 'biweekly',
  monthly: 'monthly',
  month: 'monthly',
  'every month': 'monthly'
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function detectRosterColumns(columns: readonly string[]): RosterPreview['fieldColumns'] {
  const found = { name: null, email: null, role: null, startDate: null, cadence: null } as RosterPreview['fieldColumns']
  for (const field of Object.keys(FIELD_HEADERS) as RosterField[]) {
    found[field] = columns.find((column) => FIELD_HEADERS[field].test(normalizeText(column).replace(/\./g, ' '))) ?? null
  }
  return found
}

export interface RosterPlan {
  fieldColumns: RosterPreview['fieldColumns']
  dateOrder: RosterPreview['dateOrder']
  newReps: RosterEntry[]
  existingReps: RosterPreview['existingReps']
  errors: ImportLineError[]
}

export function planRosterImport(table: CsvTable, existing: readonly RepForImport[], defaultCadence: Cadence, chosenDateOrder?: DateOrder): RosterPlan {
  const fieldColumns = detectRosterColumns(table.columns)
  const errors: ImportLineError[] = [...table.errors]
  const index = (field: RosterField) => (fieldColumns[field] === null ? -1 : table.columns.indexOf(fieldColumns[field]!))
  const cell = (values: readonly string[], field: RosterField) => (index(field) === -1 ? '' : (values[index(field)]?.trim() ?? ''))
  if (index('name') === -1) {
    errors.push({ line: table.headerLine, reason: `No column holds the reps’ names. Name a column “Name” (found: ${table.columns.join(', ')}).` })
    return { fieldColumns, dateOrder: null, newReps: [], existingReps: [], errors }
  }
  const dateOrder =
    index('startDate') === -1 ? null : detectDateOrder(table.records.map((record) => cell(record.values, 'startDate')).filter((value) => value !== ''), table.delimiter === ';' ? 'dmy' : 'mdy', chosenDateOrder)
  const emails = new Map(existing.filter((rep) => rep.email.trim() !== '').map((rep) => [rep.email.trim().toLowerCase(), rep]))
  const names = new Map(existing.map((rep) => [normalizeText(rep.name), rep]))
  const seenEmails = new Map<string, number>()
  const seenNames = new Map<string, number>()
  const newReps: RosterEntry[] = []
  const existingReps: RosterPreview['existingReps'] = []

  for (const record of table.records) {
    const name = cell(record.values, 'name')
    const email = cell(record.values, 'email')
    const role = cell(record.values, 'role')
    const startRaw = cell(record.values, 'startDate')
    const cadenceRaw = cell(record.values, 'cadence')
    const problems: string[] = []
    if (name === '') problems.push('the name is empty')
    else if (name.length > 120) problems.push('the name is longer than 120 characters')
    if (email !== '' && !EMAIL.test(email)) problems.push(`“${email}” is not an email address`)
    if (role.length > 120) problems.push('the role is longer than 120 characters')
    const order = dateOrder?.order ?? 'mdy'
    const startDate = startRaw === '' ? null : parseCrmDate(startRaw, order)
    if (startRaw !== '' && startDate === null) {
      const missing = missingDay(startRaw, order)
      problems.push(missing ? `the start date “${startRaw}” would be ${missing}, a day that does not exist` : `“${startRaw}” is not a start date Kept can read (for example 2026-03-02)`)
    }
    const cadence = cadenceRaw === '' ? defaultCadence : CADENCE_WORDS[normalizeText(cadenceRaw).replace(/-/g, ' ')]
    if (cadence === undefined) problems.push(`“${cadenceRaw}” is not a cadence (use weekly, biweekly or monthly)`)
    if (problems.length > 0) {
      const reason = problems.join('; ')
      errors.push({ line: record.line, reason: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` })
      continue
    }
    const emailKey = email.toLowerCase()
    const nameKey = normalizeText(name)
    const onTeam = (emailKey !== '' ? emails.get(emailKey) : undefined) ?? names.get(nameKey)
    if (onTeam) {
      existingReps.push({ line: record.line, name: onTeam.name })
      continue
    }
    const earlier = (emailKey !== '' ? seenEmails.get(emailKey) : undefined) ?? seenNames.get(nameKey)
    if (earlier !== undefined) {
      errors.push({ line: record.line, reason: `This line repeats ${name}, already on line ${earlier}. Keep one of the two lines.` })
      continue
    }
    if (emailKey !== '') seenEmails.set(emailKey, record.line)
    seenNames.set(nameKey, record.line)
    newReps.push({ line: record.line, name, email, role, startDate, cadence: cadence! })
  }
  errors.sort((a, b) => a.line - b.line)
  return { fieldColumns, dateOrder, newReps, existingReps, errors }
}

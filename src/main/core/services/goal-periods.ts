// When a goal starts and ends, from what the manager chose in the editor: a due date alone, a
// calendar month, a quarter, or a custom period. Month and quarter bounds come from date-fns.
import { endOfMonth, endOfQuarter, format, parseISO, startOfQuarter } from 'date-fns'
import type { GoalFields, GoalTimeframe } from '@shared/goals'

/** How a goal's end is stored: `due_date`, and for a period its kind and first day. */
export interface StoredTimeframe {
  dueDate: string | null
  periodKind: 'month' | 'quarter' | 'custom' | null
  periodStart: string | null
}

const day = (date: Date) => format(date, 'yyyy-MM-dd')

/** The first and last day of a month given as '2026-02'. */
export function monthBounds(month: string): { start: string; end: string } {
  const first = parseISO(`${month}-01`)
  return { start: day(first), end: day(endOfMonth(first)) }
}

/** The first and last day of a quarter given as '2026-Q3'. */
export function quarterBounds(quarter: string): { start: string; end: string } {
  const year = Number(quarter.slice(0, 4))
  const index = Number(quarter.slice(6)) - 1
  const someDay = new Date(year, index * 3, 1)
  return { start: day(startOfQuarter(someDay)), end: day(endOfQuarter(someDay)) }
}

export function toStoredTimeframe(fields: Pick<GoalFields, 'timeframe' | 'dueDate' | 'month' | 'quarter' | 'periodStart' | 'periodEnd'>): StoredTimeframe {
  switch (fields.timeframe) {
    case 'none':
      return { dueDate: null, periodKind: null, periodStart: null }
    case 'due_date':
      return { dueDate: fields.dueDate || null, periodKind: null, periodStart: null }
    case 'month': {
      const { start, end } = monthBounds(fields.month)
      return { dueDate: end, periodKind: 'month', periodStart: start }
    }
    case 'quarter': {
      const { start, end } = quarterBounds(fields.quarter)
      return { dueDate: end, periodKind: 'quarter', periodStart: start }
    }
    case 'custom':
      return { dueDate: fields.periodEnd, periodKind: 'custom', periodStart: fields.periodStart }
  }
}

/** The editor's view of a stored goal end, to fill the form for editing. */
export function fromStoredTimeframe(stored: StoredTimeframe): { timeframe: GoalTimeframe; month: string; quarter: string } {
  if (stored.periodKind === 'month' && stored.periodStart) return { timeframe: 'month', month: stored.periodStart.slice(0, 7), quarter: '' }
  if (stored.periodKind === 'quarter' && stored.periodStart) {
    const quarterNumber = Math.floor((Number(stored.periodStart.slice(5, 7)) - 1) / 3) + 1
    return { timeframe: 'quarter', month: '', quarter: `${stored.periodStart.slice(0, 4)}-Q${quarterNumber}` }
  }
  if (stored.periodKind === 'custom') return { timeframe: 'custom', month: '', quarter: '' }
  return { timeframe: stored.dueDate ? 'due_date' : 'none', month: '', quarter: '' }
}

import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns'

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd')
}

/** "14 Mar 2026" for a 'YYYY-MM-DD' (or date-time) string; "—" when there is none. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—'
  const date = parseISO(value)
  return isValid(date) ? format(date, 'd MMM yyyy') : value
}

export function daysFromToday(value: string, today = todayIso()): number {
  return differenceInCalendarDays(parseISO(value.slice(0, 10)), parseISO(today))
}

export interface DueState {
  label: string
  tone: 'overdue' | 'today' | 'soon' | 'later' | 'none'
  days: number | null
}

/** How a next-1:1 date reads on the Team screen. */
export function describeNextSession(value: string | null, today = todayIso()): DueState {
  if (!value) return { label: 'Not planned', tone: 'none', days: null }
  const days = daysFromToday(value, today)
  if (days < 0) return { label: `Overdue by ${-days} ${-days === 1 ? 'day' : 'days'}`, tone: 'overdue', days }
  if (days === 0) return { label: 'Today', tone: 'today', days }
  if (days === 1) return { label: 'Tomorrow', tone: 'soon', days }
  return { label: `In ${days} days`, tone: days <= 3 ? 'soon' : 'later', days }
}

export function daysSince(value: string | null, today = todayIso()): number | null {
  return value ? -daysFromToday(value, today) : null
}

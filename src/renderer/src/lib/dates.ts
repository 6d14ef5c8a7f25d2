import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns'

let datePattern = 'd MMM yyyy'

/** The date format chosen in Settings (a date-fns pattern from the contract's list). */
export function setDatePattern(pattern: string): void {
  datePattern = pattern
}

// A screen formats the same few hundred dates on every render (Team: several per rep); parsing and
// formatting each costs more than a lookup, so answers are kept per pattern until there are many.
const formatted = new Map<string, string>()
const MAX_REMEMBERED = 5000

function remembered(kind: string, value: string, compute: () => string): string {
  const key = `${kind}|${datePattern}|${value}`
  let answer = formatted.get(key)
  if (answer === undefined) {
    if (formatted.size >= MAX_REMEMBERED) formatted.clear()
    answer = compute()
    formatted.set(key, answer)
  }
  return answer
}

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd')
}

/** "14 Mar 2026" (or the format chosen in Settings) for a 'YYYY-MM-DD' or date-time string; "—" when there is none. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—'
  return remembered('date', value, () => {
    const date = parseISO(value)
    return isValid(date) ? format(date, datePattern) : value
  })
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

/** "14 Mar 2026, 09:30" for a local 'YYYY-MM-DDTHH:MM' (date only when there is no time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  return remembered('date-time', value, () => {
    const date = parseISO(value)
    if (!isValid(date)) return value
    return value.length > 10 ? format(date, `${datePattern}, HH:mm`) : format(date, datePattern)
  })
}

/** A UTC timestamp shown in local time: "14 Mar 2026, 09:30". */
export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return '—'
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : format(date, `${datePattern}, HH:mm`)
}

/** "mm:ss" (or "h:mm:ss" past an hour) for a number of seconds. */
export function formatElapsed(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds))
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = seconds % 60
  const mm = String(minutes).padStart(2, '0')
  const ss = String(rest).padStart(2, '0')
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`
}

/** "under a minute", "1 min", "32 min" for a duration in seconds. */
export function formatMinutes(totalSeconds: number): string {
  return totalSeconds < 60 ? 'under a minute' : `${Math.round(totalSeconds / 60)} min`
}

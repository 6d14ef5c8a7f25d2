// Words and numbers as the exports print them (the data core's own copy: exports run in main
// and in the command line, without the renderer).
import { format, parseISO } from 'date-fns'
import type { GoalStatus, GoalUnit, Owner, ReviewOutcome, SessionStatus } from '../../../shared/domain'

export const GOAL_STATUS_WORDS: Record<GoalStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  achieved: 'Achieved',
  dropped: 'Dropped'
}

export const REVIEW_OUTCOME_WORDS: Record<ReviewOutcome, string> = {
  done: 'Done',
  missed: 'Missed',
  carried_forward: 'Carried forward',
  dropped: 'Dropped'
}

export const SESSION_STATUS_WORDS: Record<SessionStatus, string> = { planned: 'Planned', in_progress: 'In progress', completed: 'Completed' }

export const PULSE_WORDS: Record<number, string> = { 1: 'Struggling', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Great' }

export function ownerWord(owner: Owner, repName: string): string {
  return owner === 'manager' ? 'Manager' : repName
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const currencyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })

export function formatMetric(value: number | null, unit: GoalUnit | null): string {
  if (value === null) return '—'
  if (unit === 'currency') return currencyFormat.format(value)
  if (unit === 'percent') return `${numberFormat.format(value)}%`
  return numberFormat.format(value)
}

export function formatChange(delta: number, unit: GoalUnit | null): string {
  if (delta === 0) return '±0'
  return `${delta > 0 ? '+' : '−'}${formatMetric(Math.abs(delta), unit)}`
}

/** A calendar date ('YYYY-MM-DD', optionally with 'THH:MM') in the manager's date format. */
export function formatDay(date: string, dateFormat: string): string {
  return format(parseISO(date.slice(0, 10)), dateFormat)
}

/** "14 Mar 2026, 09:30" or just the date when no time is known. */
export function formatDayTime(dateTime: string, dateFormat: string): string {
  const day = formatDay(dateTime, dateFormat)
  return dateTime.length > 10 ? `${day}, ${dateTime.slice(11, 16)}` : day
}

/** A name made safe for a file name: letters, digits and dashes. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
  return slug || 'rep'
}

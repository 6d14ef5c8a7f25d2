import { addDays, addMonths, addWeeks, endOfMonth, format, getDay, getWeekOfMonth, isWeekend, nextMonday, parseISO, startOfMonth, startOfWeek } from 'date-fns'
import type { Cadence, Preferences } from '@shared/domain'

type WeekStartsOn = Preferences['weekStartsOn']

/**
 * The same weekday in the same calendar week (row of the month, counted from `weekStartsOn`) of
 * the next month: a Tuesday in the month's 2nd week gives the Tuesday in the next month's 2nd
 * week. A week whose weekday falls outside the month is clamped to the month's first or last
 * such weekday.
 */
function sameWeekdayNextMonth(date: Date, weekStartsOn: WeekStartsOn): Date {
  const week = getWeekOfMonth(date, { weekStartsOn })
  const weekday = getDay(date)
  const monthStart = startOfMonth(addMonths(startOfMonth(date), 1))
  const monthEnd = endOfMonth(monthStart)
  const weekStart = addWeeks(startOfWeek(monthStart, { weekStartsOn }), week - 1)
  let candidate = addDays(weekStart, (weekday - weekStartsOn + 7) % 7)
  while (candidate < monthStart) candidate = addWeeks(candidate, 1)
  while (candidate > monthEnd) candidate = addWeeks(candidate, -1)
  return candidate
}

/**
 * The date of the 1:1 after one held on `date` ('YYYY-MM-DD'): a week or two later, or the same
 * weekday and week of the next month; a weekend moves to the following Monday.
 */
export function nextSessionDate(date: string, cadence: Cadence, weekStartsOn: WeekStartsOn): string {
  const day = parseISO(date)
  const next = cadence === 'weekly' ? addWeeks(day, 1) : cadence === 'biweekly' ? addWeeks(day, 2) : sameWeekdayNextMonth(day, weekStartsOn)
  return format(isWeekend(next) ? nextMonday(next) : next, 'yyyy-MM-dd')
}

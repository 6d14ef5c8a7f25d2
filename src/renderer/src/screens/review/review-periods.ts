// The review periods offered: this quarter, last quarter, or custom dates.
import { addQuarters, endOfQuarter, format, startOfQuarter } from 'date-fns'

export type PeriodPreset = 'this_quarter' | 'last_quarter' | 'custom'

export interface Period {
  from: string
  to: string
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd')

/** The calendar quarter `offset` quarters from the one holding `today` (0: this one, −1: the last). */
export function quarterOf(today: Date, offset: number): Period {
  const day = addQuarters(today, offset)
  return { from: iso(startOfQuarter(day)), to: iso(endOfQuarter(day)) }
}

/** "Q2 2026" */
export function quarterLabel(period: Period): string {
  return `Q${Math.floor(Number(period.from.slice(5, 7)) / 3) + 1} ${period.from.slice(0, 4)}`
}

import { formatISO } from 'date-fns'

/** The one source of "now" in the data core, so tests and the demo can fix the date. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export function fixedClock(iso: string): Clock {
  const date = new Date(iso)
  return { now: () => new Date(date) }
}

/** Today's local calendar date as 'YYYY-MM-DD'. */
export function todayOf(clock: Clock): string {
  // formatISO's date form is the local 'yyyy-MM-dd' without parsing a format pattern on every call.
  return formatISO(clock.now(), { representation: 'date' })
}

export function timestampOf(clock: Clock): string {
  return clock.now().toISOString()
}

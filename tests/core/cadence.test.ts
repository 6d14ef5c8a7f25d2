import { getDay, parseISO } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { nextSessionDate } from '../../src/main/core/services/cadence'

const weekday = (date: string) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][getDay(parseISO(date))]

describe('nextSessionDate', () => {
  it('adds one week for weekly and two for biweekly', () => {
    expect(nextSessionDate('2026-06-16', 'weekly', 1)).toBe('2026-06-23')
    expect(nextSessionDate('2026-06-16', 'biweekly', 1)).toBe('2026-06-30')
  })

  it('crosses month and year ends', () => {
    expect(nextSessionDate('2026-06-30', 'weekly', 1)).toBe('2026-07-07')
    expect(nextSessionDate('2026-12-29', 'biweekly', 1)).toBe('2027-01-12')
    expect(nextSessionDate('2026-12-08', 'monthly', 1)).toBe('2027-01-05')
  })

  it('lands on the leap day, and steps over it in other years', () => {
    expect(nextSessionDate('2024-02-22', 'weekly', 1)).toBe('2024-02-29')
    expect(nextSessionDate('2024-02-29', 'weekly', 1)).toBe('2024-03-07')
    expect(nextSessionDate('2023-02-23', 'weekly', 1)).toBe('2023-03-02')
    expect(nextSessionDate('2024-02-15', 'biweekly', 1)).toBe('2024-02-29')
  })

  it('moves a Saturday or Sunday to the following Monday, across a month end too', () => {
    expect(weekday('2026-06-13')).toBe('Sat')
    expect(nextSessionDate('2026-06-13', 'weekly', 1)).toBe('2026-06-22')
    expect(nextSessionDate('2026-06-14', 'biweekly', 1)).toBe('2026-06-29')
    expect(nextSessionDate('2026-10-24', 'weekly', 1)).toBe('2026-11-02')
    // Monthly from a Saturday: the same Saturday of next month, then the Monday after.
    expect(nextSessionDate('2026-09-05', 'monthly', 1)).toBe('2026-10-05')
  })

  it('keeps the weekday and the week of the month for monthly 1:1s', () => {
    // 13 January 2026 is a Tuesday in the 3rd week (weeks starting Monday); so is 10 February.
    expect(nextSessionDate('2026-01-13', 'monthly', 1)).toBe('2026-02-10')
    expect(weekday('2026-02-10')).toBe('Tue')
    // A week that starts before the month: the first such weekday inside the month.
    expect(nextSessionDate('2026-06-02', 'monthly', 1)).toBe('2026-07-07')
  })

  it('counts the weeks of the month from the preferred week start', () => {
    // February 2026 starts on a Sunday: with weeks starting Sunday, 13 January (3rd week) maps to
    // the 3rd Sunday-week of February (15–21); with weeks starting Monday, to 9–15.
    expect(nextSessionDate('2026-01-13', 'monthly', 0)).toBe('2026-02-17')
    expect(nextSessionDate('2026-01-13', 'monthly', 1)).toBe('2026-02-10')
  })

  it('takes the last such weekday when the next month has no such week', () => {
    // 31 March 2026 is in the 6th Monday-week of March; April has five.
    expect(nextSessionDate('2026-03-31', 'monthly', 1)).toBe('2026-04-28')
    expect(nextSessionDate('2026-03-31', 'monthly', 0)).toBe('2026-04-28')
    expect(nextSessionDate('2024-01-31', 'monthly', 1)).toBe('2024-02-28')
    expect(nextSessionDate('2024-02-29', 'monthly', 1)).toBe('2024-03-28')
  })

  it('always answers a weekday date, for every start day of a whole year', () => {
    for (let day = 0; day < 366; day += 1) {
      const date = new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10)
      for (const cadence of ['weekly', 'biweekly', 'monthly'] as const) {
        for (const weekStartsOn of [0, 1, 6] as const) {
          const next = nextSessionDate(date, cadence, weekStartsOn)
          expect(next > date, `${date} ${cadence}`).toBe(true)
          expect(['Sat', 'Sun']).not.toContain(weekday(next))
          if (cadence === 'monthly') expect(next.slice(0, 7) > date.slice(0, 7)).toBe(true)
        }
      }
    }
  })
})

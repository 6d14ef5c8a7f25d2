// Desktop reminders: on the morning a 1:1 is due, and for overdue ones, at most once a day and
// only while "remindersEnabled" is on. (The browser host has no reminders.)
import { format } from 'date-fns'
import type { ApiHandlers } from './core/api/handlers'
import { reminderFor, type Reminder } from './core/services/reminders'

/** From this local hour on, the day's reminder may be shown. */
export const MORNING_HOUR = 8
const CHECK_EVERY_MS = 30 * 60 * 1000

export interface ReminderDependencies {
  handlers: Pick<ApiHandlers, 'team.overview' | 'preferences.get'>
  /** The last day ('YYYY-MM-DD') a reminder was shown, kept across restarts. */
  lastShownOn: { get(): string | null; set(day: string): void }
  show(reminder: Reminder): void
  now?: () => Date
}

/** Shows today's reminder if it is due and not shown yet today; returns whether it showed one. */
export function remindIfDue(deps: ReminderDependencies): boolean {
  const now = (deps.now ?? (() => new Date()))()
  const today = format(now, 'yyyy-MM-dd')
  if (!deps.handlers['preferences.get']({}).remindersEnabled) return false
  if (now.getHours() < MORNING_HOUR || deps.lastShownOn.get() === today) return false
  const reminder = reminderFor(deps.handlers['team.overview']({ includeArchived: false }).members)
  // Nothing due is still this day's answer: no second look until tomorrow.
  deps.lastShownOn.set(today)
  if (!reminder) return false
  deps.show(reminder)
  return true
}

/** Checks now and then every half hour; returns a function that stops the checks. */
export function scheduleReminders(deps: ReminderDependencies): () => void {
  const check = () => {
    try {
      remindIfDue(deps)
    } catch (error) {
      console.error('[kept] Could not check for reminders:', error)
    }
  }
  check()
  const timer = setInterval(check, CHECK_EVERY_MS)
  return () => clearInterval(timer)
}

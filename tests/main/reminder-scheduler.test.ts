import { describe, expect, it, vi } from 'vitest'
import { remindIfDue, scheduleReminders, type ReminderDependencies } from '../../src/main/reminder-scheduler'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

/** The demo team on a fixed day: two reps overdue, one due today. */
function demoCore() {
  const core = openCore(tempDir(), '2026-03-18T07:00:00Z')
  core.ok('demo.load', { today: '2026-03-18' })
  return core
}

function dependencies(core: ReturnType<typeof openCore>, now: string, lastShown: string | null = null) {
  let shownOn = lastShown
  const show = vi.fn()
  const deps: ReminderDependencies = {
    handlers: core.handlers,
    lastShownOn: { get: () => shownOn, set: (day) => (shownOn = day) },
    show,
    now: () => new Date(now)
  }
  return { deps, show, shownOn: () => shownOn }
}

describe('desktop reminders', () => {
  it('on the morning, names the 1:1s due today and the overdue ones, most overdue first', () => {
    const core = demoCore()
    const { deps, show, shownOn } = dependencies(core, '2026-03-18T09:15:00')
    expect(remindIfDue(deps)).toBe(true)
    const [reminder] = show.mock.calls[0]!
    expect(reminder.title).toBe('Kept: 1 1:1 today, 2 overdue')
    expect(reminder.body).toBe('Today: Priya Nair\nOverdue: Daniel Reyes (9 days), Tom Becker (2 days)')
    expect(shownOn()).toBe('2026-03-18')
    core.kept.close()
  })

  it('shows at most once a day, and not before the morning', () => {
    const core = demoCore()
    const early = dependencies(core, '2026-03-18T06:30:00')
    expect(remindIfDue(early.deps)).toBe(false)
    const again = dependencies(core, '2026-03-18T15:00:00', '2026-03-18')
    expect(remindIfDue(again.deps)).toBe(false)
    expect(again.show).not.toHaveBeenCalled()
    core.kept.close()
  })

  it('stays silent when reminders are switched off in Settings', () => {
    const core = demoCore()
    core.ok('preferences.update', { remindersEnabled: false })
    const { deps, show } = dependencies(core, '2026-03-18T09:00:00')
    expect(remindIfDue(deps)).toBe(false)
    expect(show).not.toHaveBeenCalled()
    core.kept.close()
  })

  it('says nothing when no 1:1 is due or overdue, and does not look again that day', () => {
    const core = openCore(tempDir(), '2026-03-18T07:00:00Z')
    core.ok('reps.create', { name: 'Lee Park', nextSessionDate: '2026-03-25' })
    const { deps, show, shownOn } = dependencies(core, '2026-03-18T09:00:00')
    expect(remindIfDue(deps)).toBe(false)
    expect(show).not.toHaveBeenCalled()
    expect(shownOn()).toBe('2026-03-18')
    core.kept.close()
  })

  it('checks at once when scheduled, and a failing check never throws', () => {
    const core = demoCore()
    const { deps, show } = dependencies(core, '2026-03-18T09:00:00')
    const stop = scheduleReminders(deps)
    expect(show).toHaveBeenCalledTimes(1)
    stop()
    const broken = scheduleReminders({ ...deps, handlers: { ...deps.handlers, 'team.overview': () => { throw new Error('disk gone') } }, lastShownOn: { get: () => null, set: () => undefined } })
    broken()
    core.kept.close()
  })
})

import type { appContract } from '@shared/contract/app'
import { timestampOf, todayOf } from '../../clock'
import { loadDemoTeam, removeDemoTeam } from '../../demo/demo-team'
import { countReps } from '../../repositories/reps-repository'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createAppHandlers({ core, services }: HandlerContext): HandlersFor<keyof typeof appContract> {
  const { db, clock } = core
  return {
    'app.status': () => {
      const counts = countReps(db)
      return { databasePath: core.databasePath, schemaVersion: core.schemaVersion, repCount: counts.all, hasDemoData: counts.demo > 0, host: core.host }
    },
    'preferences.get': () => services.preferences.get(),
    'preferences.update': (changes) => services.preferences.update(changes),
    'demo.load': ({ today }) => loadDemoTeam(db, { today: today ?? todayOf(clock), now: timestampOf(clock) }),
    'demo.remove': () => removeDemoTeam(db)
  }
}

import type { ApiMethod } from '../../../shared/api-methods'
import type { MethodParsedInput, MethodResult } from '../../../shared/contract'
import { timestampOf, todayOf } from '../clock'
import type { CoreContext } from '../context'
import { loadDemoTeam, removeDemoTeam } from '../demo/demo-team'
import { notFound } from '../errors'
import { listOpenAgreementsForRep } from '../repositories/agreements-repository'
import { listGoalsForRep } from '../repositories/goals-repository'
import { lastRecognitionDate } from '../repositories/recognitions-repository'
import { countReps, findRep, insertRep, listTeam, setRepArchived, updateRep } from '../repositories/reps-repository'
import { searchEverything } from '../repositories/search-repository'
import { listRecentSessionsForRep } from '../repositories/sessions-repository'

/** One function per contract method; each receives input already validated by `dispatch`. */
export type ApiHandlers = { [M in ApiMethod]: (input: MethodParsedInput<M>) => MethodResult<M> }

export function createApiHandlers(context: CoreContext): ApiHandlers {
  const { db, clock } = context

  const requireRep = (id: number) => {
    const rep = findRep(db, id)
    if (!rep) throw notFound('This rep')
    return rep
  }

  return {
    'app.status': () => {
      const counts = countReps(db)
      return {
        databasePath: context.databasePath,
        schemaVersion: context.schemaVersion,
        repCount: counts.all,
        hasDemoData: counts.demo > 0,
        host: context.host
      }
    },
    'reps.list': ({ includeArchived }) => listTeam(db, { includeArchived }),
    'reps.get': ({ id }) => {
      const rep = requireRep(id)
      return {
        rep,
        goals: listGoalsForRep(db, id),
        openAgreements: listOpenAgreementsForRep(db, id),
        recentSessions: listRecentSessionsForRep(db, id, 20),
        lastRecognitionDate: lastRecognitionDate(db, id)
      }
    },
    'reps.create': (input) => {
      const id = insertRep(db, input, { now: timestampOf(clock) })
      return requireRep(id)
    },
    'reps.update': ({ id, changes }) => {
      requireRep(id)
      updateRep(db, id, changes, timestampOf(clock))
      return requireRep(id)
    },
    'reps.setArchived': ({ id, archived }) => {
      requireRep(id)
      setRepArchived(db, id, archived, timestampOf(clock))
      return requireRep(id)
    },
    'search.query': ({ query, limit }) => searchEverything(db, query, limit),
    'demo.load': ({ today }) => loadDemoTeam(db, { today: today ?? todayOf(clock), now: timestampOf(clock) }),
    'demo.remove': () => removeDemoTeam(db)
  }
}

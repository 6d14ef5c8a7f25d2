import type { repsContract } from '@shared/contract/reps'
import { listTeam } from '../../repositories/reps-repository'
import { getRepBrief } from '../../services/brief'
import { findRepByNameOrId } from '../../services/rep-lookup'
import { getAgreementLedger, getChallengeHistory, getRecognitionLog, getTimelinePage } from '../../services/rep-history'
import { archiveRep, createRep, getRepDetail, updateRepFields } from '../../services/reps'
import { getTeamOverview } from '../../services/team-overview'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createRepsHandlers({ services }: HandlerContext): HandlersFor<keyof typeof repsContract> {
  return {
    'reps.list': ({ includeArchived }) => listTeam(services.db, { includeArchived }),
    'reps.get': ({ id }) => getRepDetail(services, id),
    'reps.create': (input) => createRep(services, input),
    'reps.update': (input) => updateRepFields(services, input),
    'reps.setArchived': (input) => archiveRep(services, input),
    'reps.find': ({ nameOrId }) => findRepByNameOrId(services, nameOrId),
    'team.overview': (input) => getTeamOverview(services, input),
    'reps.brief': ({ id }) => getRepBrief(services, id),
    'reps.timeline': (input) => getTimelinePage(services, input),
    'reps.agreements': (input) => getAgreementLedger(services, input),
    'reps.recognitions': ({ repId }) => getRecognitionLog(services, repId),
    'reps.challenges': ({ repId }) => getChallengeHistory(services, repId)
  }
}

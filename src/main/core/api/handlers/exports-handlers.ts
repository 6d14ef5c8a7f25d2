import type { exportsContract } from '@shared/contract/exports'
import { exportReview, getReviewDraft, saveReviewDraft } from '../../exports/review'
import { exportHistory, exportNextMeeting, exportSession, sessionMailto } from '../../exports/session-exports'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createExportsHandlers({ services }: HandlerContext): HandlersFor<keyof typeof exportsContract> {
  return {
    'exports.session': (input) => exportSession(services, input),
    'exports.nextMeeting': ({ repId }) => exportNextMeeting(services, repId),
    'exports.history': (input) => exportHistory(services, input),
    'exports.mailto': (input) => sessionMailto(services, input),
    'review.draft': (input) => getReviewDraft(services, input),
    'review.save': (input) => saveReviewDraft(services, input),
    'review.export': (input) => exportReview(services, input)
  }
}

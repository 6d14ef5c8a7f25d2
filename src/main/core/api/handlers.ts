import type { ApiMethod } from '../../../shared/api-methods'
import type { MethodParsedInput, MethodResult } from '../../../shared/contract'
import { createBackupHandlers } from '../backup/backup-handlers'
import { timestampOf, todayOf } from '../clock'
import type { CoreContext } from '../context'
import { loadDemoTeam, removeDemoTeam } from '../demo/demo-team'
import { exportReview, getReviewDraft, saveReviewDraft } from '../exports/review'
import { exportHistory, exportNextMeeting, exportSession, sessionMailto } from '../exports/session-exports'
import { createMemoryPreferencesStore } from '../preferences/preferences-store'
import { nothingToRecover } from '../recovery/recovery-errors'
import { emptyTrash, listTrash, moveToTrash, restoreFromTrash } from '../trash/trash-service'
import { listOpenAgreementsForRep } from '../repositories/agreements-repository'
import { listGoalsForRep } from '../repositories/goals-repository'
import { lastRecognitionDate } from '../repositories/recognitions-repository'
import { countReps, insertRep, listTeam, setRepArchived, updateRep } from '../repositories/reps-repository'
import { searchEverything } from '../repositories/search-repository'
import { listRecentSessionsForRep } from '../repositories/sessions-repository'
import { listTemplates } from '../repositories/templates-repository'
import { addTalkingPoint, editTalkingPoint, listOpenTalkingPoints, removeTalkingPoint, setAgendaOutcome } from '../services/agenda'
import { agreementHistory, changeAgreement } from '../services/agreement-changes'
import { createAgreement, editAgreement, removeAgreement, reviewAgreement } from '../services/agreement-review'
import { getRepBrief } from '../services/brief'
import { createChallenge, editChallenge } from '../services/challenges'
import { changeGoalLifecycle, createGoal, listRepGoals, overrideGoalStatus, updateGoal } from '../services/goal-editor'
import { getGoalProgress } from '../services/goal-progress'
import { commitMetricImport, listImports, previewMetricImport, undoImport } from '../services/metric-imports'
import { commitRosterImport, previewRosterImport } from '../services/roster-import'
import { clearCheckIn, recordCheckIn } from '../services/goal-review'
import { saveNote } from '../services/notes'
import { dismissNudge, listRepNudges, restoreNudge } from '../services/nudges'
import { giveRecognition } from '../services/recognition-between-sessions'
import { createRecognition, editRecognition, removeRecognition } from '../services/recognitions'
import { getAgreementLedger, getChallengeHistory, getRecognitionLog, getTimelinePage } from '../services/rep-history'
import type { ServiceContext } from '../services/service-context'
import { getSessionDetail } from '../services/session-detail'
import { requireRep } from '../services/session-lookup'
import { finishSession, planSession, startSession, updateCheckIn } from '../services/session-service'
import { getTeamOverview } from '../services/team-overview'
import { saveTemplate, setDefault, setRetired } from '../services/templates'

/** One function per contract method; each receives input already validated by `dispatch`. */
export type ApiHandlers = { [M in ApiMethod]: (input: MethodParsedInput<M>) => MethodResult<M> }

export function createApiHandlers(context: CoreContext): ApiHandlers {
  const { db, clock } = context
  const services: ServiceContext = { db, clock, preferences: context.preferences ?? createMemoryPreferencesStore(), ...(context.locale ? { locale: context.locale } : {}) }

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
      const rep = requireRep(db, id)
      return {
        rep,
        goals: listGoalsForRep(db, id),
        openAgreements: listOpenAgreementsForRep(db, id),
        recentSessions: listRecentSessionsForRep(db, id, 20),
        lastRecognitionDate: lastRecognitionDate(db, id)
      }
    },
    'reps.create': (input) => {
      const cadence = input.cadence ?? services.preferences.get().defaultCadence
      const id = insertRep(db, { ...input, cadence }, { now: timestampOf(clock) })
      return requireRep(db, id)
    },
    'reps.update': ({ id, changes }) => {
      requireRep(db, id)
      updateRep(db, id, changes, timestampOf(clock))
      return requireRep(db, id)
    },
    'reps.setArchived': ({ id, archived }) => {
      requireRep(db, id)
      setRepArchived(db, id, archived, timestampOf(clock))
      return requireRep(db, id)
    },
    'search.query': ({ query, limit }) => searchEverything(db, query, limit),

    'preferences.get': () => services.preferences.get(),
    'preferences.update': (changes) => services.preferences.update(changes),

    'templates.list': ({ includeRetired }) => listTemplates(db, { includeRetired }),
    'templates.save': (input) => saveTemplate(services, input),
    'templates.setRetired': (input) => setRetired(services, input),
    'templates.setDefault': ({ id }) => setDefault(services, id),

    'sessions.start': (input) => getSessionDetail(services, startSession(services, input)),
    'sessions.plan': (input) => planSession(services, input),
    'sessions.get': ({ id }) => getSessionDetail(services, id),
    'sessions.updateCheckIn': (input) => updateCheckIn(services, input),
    'sessions.finish': (input) => finishSession(services, input),

    'talkingPoints.add': (input) => addTalkingPoint(services, input),
    'talkingPoints.update': (input) => editTalkingPoint(services, input),
    'talkingPoints.remove': ({ id }) => removeTalkingPoint(services, id),
    'talkingPoints.listOpen': ({ repId }) => listOpenTalkingPoints(services, repId),
    'talkingPoints.setOutcome': (input) => setAgendaOutcome(services, input),

    'goals.recordCheckIn': (input) => recordCheckIn(services, input),
    'goals.clearCheckIn': (input) => clearCheckIn(services, input),

    'agreements.create': (input) => createAgreement(services, input),
    'agreements.update': (input) => editAgreement(services, input),
    'agreements.remove': ({ id }) => removeAgreement(services, id),
    'agreements.review': (input) => reviewAgreement(services, input),

    'challenges.create': (input) => createChallenge(services, input),
    'challenges.update': (input) => editChallenge(services, input),

    'recognitions.create': (input) => createRecognition(services, input),
    'recognitions.update': (input) => editRecognition(services, input),
    'recognitions.remove': ({ id }) => removeRecognition(services, id),

    'notes.save': (input) => saveNote(services, input),

    'demo.load': ({ today }) => loadDemoTeam(db, { today: today ?? todayOf(clock), now: timestampOf(clock) }),
    'demo.remove': () => removeDemoTeam(db),

    'team.overview': (input) => getTeamOverview(services, input),
    'reps.brief': ({ id }) => getRepBrief(services, id),
    'reps.timeline': (input) => getTimelinePage(services, input),
    'reps.agreements': (input) => getAgreementLedger(services, input),
    'reps.recognitions': ({ repId }) => getRecognitionLog(services, repId),
    'reps.challenges': ({ repId }) => getChallengeHistory(services, repId),
    'goals.progress': ({ goalId }) => getGoalProgress(services, goalId),
    'nudges.list': ({ repId }) => listRepNudges(services, repId),
    'nudges.dismiss': (input) => dismissNudge(services, input),
    'nudges.restore': (input) => restoreNudge(services, input),
    // — goals: editor and progress
    'goals.list': ({ repId }) => listRepGoals(services, repId),
    'goals.create': (input) => createGoal(services, input),
    'goals.update': (input) => updateGoal(services, input),
    'goals.setLifecycle': (input) => changeGoalLifecycle(services, input),
    'goals.overrideStatus': (input) => overrideGoalStatus(services, input),

    // — imports: CSV metrics and roster
    'imports.previewMetrics': (input) => previewMetricImport(services, input),
    'imports.commitMetrics': (input) => commitMetricImport(services, input),
    'imports.list': ({ limit }) => listImports(services, limit),
    'imports.undo': ({ importId }) => undoImport(services, importId),
    'imports.previewRoster': (input) => previewRosterImport(services, input),
    'imports.commitRoster': (input) => commitRosterImport(services, input),

    // — after the meeting: summaries, exports, review
    'exports.session': (input) => exportSession(services, input),
    'exports.nextMeeting': ({ repId }) => exportNextMeeting(services, repId),
    'exports.history': (input) => exportHistory(services, input),
    'exports.mailto': (input) => sessionMailto(services, input),
    'review.draft': (input) => getReviewDraft(services, input),
    'review.save': (input) => saveReviewDraft(services, input),
    'review.export': (input) => exportReview(services, input),

    // — backups and data ownership
    ...createBackupHandlers(context),

    // — trust: trash and recovery
    'reps.delete': ({ id }) => moveToTrash(services, 'rep', id),
    'sessions.delete': ({ id }) => moveToTrash(services, 'session', id),
    'goals.delete': ({ id }) => moveToTrash(services, 'goal', id),
    'agreements.delete': ({ id }) => moveToTrash(services, 'agreement', id),
    'trash.list': () => listTrash(services),
    'trash.restore': ({ id }) => restoreFromTrash(services, id),
    'trash.empty': () => emptyTrash(services),
    // Answered by the recoverable core (recovery/recoverable-core.ts) when a file failed to open.
    'recovery.status': () => ({ needed: false }),
    // A file opened here directly was checked while opening.
    'recovery.check': () => ({ needed: false }),
    'recovery.restore': () => {
      throw nothingToRecover()
    },
    'recovery.restoreFile': () => {
      throw nothingToRecover()
    },
    'recovery.openFile': () => {
      throw nothingToRecover()
    },
    'recovery.createFile': () => {
      throw nothingToRecover()
    },

    // — performance

    // — agreements between 1:1s (path-content; move beside the agreements block at merge)
    'agreements.change': (input) => changeAgreement(services, input),
    'agreements.history': ({ id }) => agreementHistory(services, id),
    // — recognition between 1:1s (path-content; move beside the recognitions block at merge)
    'recognitions.give': (input) => giveRecognition(services, input),
  }
}

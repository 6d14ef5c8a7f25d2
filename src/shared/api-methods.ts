// Every method name of the API, with no dependencies: the sandboxed preload builds its bridge
// from this list. `contract.ts` defines each method's input schema and result type and is
// type-checked against this list in both directions.
export const API_METHODS = [
  'app.status',
  'reps.list',
  'reps.get',
  'reps.create',
  'reps.update',
  'reps.setArchived',
  'reps.find',
  'search.query',
  'preferences.get',
  'preferences.update',
  'templates.list',
  'templates.save',
  'templates.setRetired',
  'templates.setDefault',
  'sessions.start',
  'sessions.plan',
  'sessions.get',
  'sessions.updateCheckIn',
  'sessions.finish',
  'sessions.list',
  'talkingPoints.add',
  'talkingPoints.update',
  'talkingPoints.remove',
  'talkingPoints.listOpen',
  'talkingPoints.setOutcome',
  'goals.recordCheckIn',
  'goals.clearCheckIn',
  'agreements.create',
  'agreements.update',
  'agreements.remove',
  'agreements.review',
  'agreements.change',
  'agreements.history',
  'challenges.create',
  'challenges.update',
  'recognitions.create',
  'recognitions.update',
  'recognitions.remove',
  'recognitions.give',
  'notes.save',
  'demo.load',
  'demo.remove',
  'team.overview',
  'reps.brief',
  'reps.timeline',
  'reps.agreements',
  'reps.recognitions',
  'reps.challenges',
  'goals.progress',
  'nudges.list',
  'nudges.dismiss',
  'nudges.restore',
  // — goals: editor and progress
  'goals.list',
  'goals.create',
  'goals.update',
  'goals.setLifecycle',
  'goals.overrideStatus',

  // — imports: CSV metrics and roster
  'imports.previewMetrics',
  'imports.commitMetrics',
  'imports.list',
  'imports.undo',
  'imports.previewRoster',
  'imports.commitRoster',

  // — after the meeting: summaries, exports, review
  'exports.session',
  'exports.nextMeeting',
  'exports.history',
  'exports.mailto',
  'review.draft',
  'review.save',
  'review.export',

  // — backups and data ownership
  'backups.list',
  'backups.create',
  'backups.restore',
  'data.exportJson',

  // — trust: trash and recovery
  'reps.delete',
  'sessions.delete',
  'goals.delete',
  'agreements.delete',
  'trash.list',
  'trash.restore',
  'trash.empty',
  'recovery.status',
  'recovery.check',
  'recovery.restore',
  'recovery.restoreFile',
  'recovery.openFile',
  'recovery.createFile',

  // — performance
] as const

export type ApiMethod = (typeof API_METHODS)[number]

/** The IPC channel (Electron) or URL path segment (browser host) of a method. */
export const API_CHANNEL_PREFIX = 'kept:'

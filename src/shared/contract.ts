// The one typed API between the renderer and main: each method's input schema (validated at
// runtime in main, before any handler runs) and its result type.
import { z } from 'zod'
import type { ApiMethod } from './api-methods'
import type { AgreementChange } from './agreement-changes'
import type { BackupInfo, BackupList, JsonExportFile, RestoreResult } from './backups'
import { AGENDA_OUTCOMES, AGREEMENT_STATUSES, CADENCES, DATE_FORMATS, GOAL_STATUSES, NUDGE_RULES, OWNERS, REVIEW_OUTCOMES, SECTION_KINDS, THEMES } from './domain'
import { GOAL_LIFECYCLE_ACTIONS, PROGRESS_STATUSES, goalInputSchema, type GoalDetails, type RepGoals } from './goals'
import type { RecoveryResult, RecoveryStatus } from './recovery'
import type { RestoredItem, TrashEntry } from './trash'
import { DATE_ORDERS, IMPORT_MAX_BYTES, type MetricImportPreview, type MetricImportSummary, type RosterPreview } from './imports'
import { DOCUMENT_EXPORT_FORMATS, SESSION_EXPORT_FORMATS, type ExportedFile, type MailtoDraft, type ReviewDraft } from './exports'
import type {
  Agreement,
  AppStatus,
  Challenge,
  ChallengeHistoryEntry,
  FinishResult,
  GoalProgress,
  GoalReviewRow,
  LedgerAgreement,
  NoteDoc,
  Preferences,
  Recognition,
  RecognitionLogEntry,
  Rep,
  RepBrief,
  RepDetail,
  RepNudges,
  ReviewedAgreement,
  SearchResults,
  Session,
  SessionDetail,
  TalkingPoint,
  TeamMember,
  TeamOverview,
  Template,
  TimelinePage
} from './domain'

/** A method's definition: the runtime input schema and, as a phantom type, its result. */
export interface MethodDefinition<Input extends z.ZodType, Result> {
  input: Input
  /** Never read at runtime; carries the result type. */
  result?: Result
}

function method<Result>() {
  return <Input extends z.ZodType>(input: Input): MethodDefinition<Input, Result> => ({ input })
}

const id = z.number({ error: 'An id is required.' }).int('An id is a whole number.').positive('An id is a positive number.')

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'This date does not exist.')
  .refine((value) => value >= '1900-01-01' && value <= '2199-12-31', 'Use a date between 1900 and 2199.')

const repName = z.string({ error: 'A name is required.' }).trim().min(1, 'A name is required.').max(120, 'Keep the name under 120 characters.')
const repRole = z.string().trim().max(120, 'Keep the role under 120 characters.')
const repEmail = z
  .string()
  .trim()
  .max(254, 'This email address is too long.')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'Enter an email address like name@company.com, or leave it empty.')
const tags = z
  .array(z.string().trim().min(1, 'A tag cannot be empty.').max(40, 'Keep each tag under 40 characters.'))
  .max(20, 'Use at most 20 tags.')

const repFields = {
  name: repName,
  role: repRole,
  email: repEmail,
  startDate: isoDate.nullable(),
  cadence: z.enum(CADENCES, { error: 'Choose weekly, biweekly or monthly.' }),
  tags,
  nextSessionDate: isoDate.nullable()
}

export const repFieldsSchema = z.object({
  ...repFields,
  role: repFields.role.default(''),
  email: repFields.email.default(''),
  startDate: repFields.startDate.default(null),
  /** Absent: the default cadence from the preferences. */
  cadence: repFields.cadence.optional(),
  tags: repFields.tags.default([]),
  nextSessionDate: repFields.nextSessionDate.default(null)
})
/** A partial update: only the fields present change (no defaults are filled in). */
export const repChangesSchema = z.object(repFields).partial()
export type RepFields = z.input<typeof repFieldsSchema>

const empty = z.object({}).strict()

/** What main hands the desktop app's page for a path its native file dialog returned (src/main/chosen-files.ts). */
export const CHOSEN_FILE_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * A data file to open or create on the recovery screen: a typed `path` (the browser host), or a
 * `token` (the desktop app, which takes only a path its own file dialog returned). Exactly one.
 */
const chosenDataFile = (missingPath: string) =>
  z
    .object({
      path: z.string().trim().min(1, missingPath).max(4096, 'This path is too long.').optional(),
      token: z.string().regex(CHOSEN_FILE_TOKEN, 'Choose the file again.').optional()
    })
    .strict()
    .refine((input) => (input.path === undefined) !== (input.token === undefined), { message: missingPath, path: ['path'] })

/** Text of a list item (agreement, challenge, talking point…): never empty, never huge. */
const itemText = (what: string, max = 2000) =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, `${what} cannot be empty.`)
    .max(max, `Keep it under ${max} characters.`)
const longText = (max = 20_000) => z.string().max(max, `Keep it under ${max} characters.`)
/** A local date and time like 2026-03-14T09:30 (the time part optional). */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'Use a date like 2026-03-14, optionally with a time like T09:30.')
  .refine((value) => isoDate.safeParse(value.slice(0, 10)).success, 'This date does not exist.')
  .refine((value) => value.length === 10 || (Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60), 'This time does not exist.')
const finiteNumber = z.number({ error: 'Enter a number.' }).refine(Number.isFinite, 'Enter a number.')
/** A tiptap/ProseMirror document: a JSON object with type "doc". Size is capped. */
const richDoc = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).optional() }, { error: 'The note is not a valid document.' })
  .passthrough()
  .refine((doc) => JSON.stringify(doc).length <= 2_000_000, 'This note is too long to save (2 MB at most).')

const templateSectionInput = z
  .object({
    id: id.optional(),
    kind: z.enum(SECTION_KINDS),
    title: z.string().trim().min(1, 'A section needs a title.').max(80, 'Keep section titles under 80 characters.'),
    prompt: z.string().trim().max(1000, 'Keep prompts under 1000 characters.').default('')
  })
  .strict()

/** A place in a rep's timeline, as returned in `nextCursor`: the last entry's date and time, '~', its id. */
const timelineCursor = z
  .string()
  .max(40, 'This is not a place in the timeline. Start again from the newest 1:1.')
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?~[1-9]\d{0,15}$/, 'This is not a place in the timeline. Start again from the newest 1:1.')

/** A review period: its first day is not after its last. */
const reviewPeriod = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema.refine((input) => input.from <= input.to, { message: 'The period starts after it ends.', path: ['from'] })

export const preferencesSchema = z
  .object({
    defaultCadence: z.enum(CADENCES),
    defaultSessionMinutes: z.number().int().min(5, 'At least 5 minutes.').max(240, 'At most 4 hours.'),
    weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    theme: z.enum(THEMES),
    dateFormat: z.enum(DATE_FORMATS),
    remindersEnabled: z.boolean(),
    backupRetentionDays: z.number().int('Enter a whole number of days.').min(1, 'Keep automatic backups for at least 1 day.').max(365, 'Keep automatic backups for at most 365 days.'),
    yourName: z.string().trim().max(80, 'Keep your name under 80 characters.')
  })
  .strict()

const importFile = {
  fileName: z.string().trim().min(1, 'Choose a file to import.').max(255, 'The file name is too long.'),
  text: z
    .string({ error: 'The file\'s text is required.' })
    .max(IMPORT_MAX_BYTES, 'This file is larger than 50 MB; Kept imports files up to 50 MB. Export a shorter period or fewer columns.'),
  dateOrder: z.enum(DATE_ORDERS, { error: 'Choose month first (mdy) or day first (dmy).' }).optional()
}

const metricImportInput = z
  .object({
    ...importFile,
    mapping: z
      .object({
        repColumn: z.string().max(200).nullable(),
        dateColumn: z.string().max(200).nullable(),
        metricColumns: z.array(z.object({ column: z.string().max(200), metric: z.string().max(300) }).strict()).max(200)
      })
      .strict()
      .optional()
  })
  .strict()

const rosterImportInput = z.object(importFile).strict()

export const contract = {
  'app.status': method<AppStatus>()(empty),
  'reps.list': method<TeamMember[]>()(z.object({ includeArchived: z.boolean().default(false) }).strict()),
  'reps.get': method<RepDetail>()(z.object({ id }).strict()),
  'reps.create': method<Rep>()(repFieldsSchema.strict()),
  'reps.update': method<Rep>()(z.object({ id, changes: repChangesSchema.strict() }).strict()),
  'reps.setArchived': method<Rep>()(z.object({ id, archived: z.boolean() }).strict()),
  'search.query': method<SearchResults>()(
    z
      .object({
        query: z.string().max(200, 'Keep the search under 200 characters.'),
        limit: z.number().int().min(1).max(200).default(50)
      })
      .strict()
  ),

  'preferences.get': method<Preferences>()(empty),
  'preferences.update': method<Preferences>()(preferencesSchema.partial().strict()),

  'templates.list': method<Template[]>()(z.object({ includeRetired: z.boolean().default(false) }).strict()),
  'templates.save': method<Template>()(
    z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1, 'A template needs a name.').max(80, 'Keep the name under 80 characters.'),
        description: z.string().trim().max(500).default(''),
        sections: z.array(templateSectionInput).min(1, 'A template needs at least one section.').max(30, 'Use at most 30 sections.')
      })
      .strict()
  ),
  'templates.setRetired': method<Template>()(z.object({ id, retired: z.boolean() }).strict()),
  'templates.setDefault': method<Template>()(z.object({ id }).strict()),

  'sessions.start': method<SessionDetail>()(z.object({ repId: id, templateId: id.optional() }).strict()),
  'sessions.plan': method<Session>()(z.object({ repId: id, scheduledAt: localDateTime, templateId: id.optional() }).strict()),
  'sessions.get': method<SessionDetail>()(z.object({ id }).strict()),
  'sessions.updateCheckIn': method<Session>()(
    z
      .object({
        id,
        pulse: z.number().int('Pulse is a whole number from 1 to 5.').min(1, 'Pulse is from 1 to 5.').max(5, 'Pulse is from 1 to 5.').nullable().optional(),
        checkInText: longText(2000).optional()
      })
      .strict()
  ),
  'sessions.finish': method<FinishResult>()(z.object({ id, durationSeconds: z.number().int().min(0).max(86_400).optional() }).strict()),

  'talkingPoints.add': method<TalkingPoint>()(z.object({ repId: id, text: itemText('A talking point', 1000), raisedBy: z.enum(OWNERS).default('manager') }).strict()),
  'talkingPoints.update': method<TalkingPoint>()(z.object({ id, text: itemText('A talking point', 1000).optional(), raisedBy: z.enum(OWNERS).optional() }).strict()),
  'talkingPoints.remove': method<{ id: number }>()(z.object({ id }).strict()),
  'talkingPoints.listOpen': method<TalkingPoint[]>()(z.object({ repId: id }).strict()),
  'talkingPoints.setOutcome': method<TalkingPoint>()(z.object({ id, sessionId: id, outcome: z.enum(AGENDA_OUTCOMES).nullable() }).strict()),

  'goals.recordCheckIn': method<GoalReviewRow>()(
    z
      .object({
        sessionId: id,
        goalId: id,
        value: finiteNumber,
        status: z.enum(GOAL_STATUSES).nullable().default(null),
        repAssessment: longText(2000).default(''),
        comment: longText(2000).default('')
      })
      .strict()
  ),
  'goals.clearCheckIn': method<GoalReviewRow>()(z.object({ sessionId: id, goalId: id }).strict()),

  'agreements.create': method<Agreement>()(
    z.object({ sessionId: id, text: itemText('An agreement'), owner: z.enum(OWNERS).default('rep'), dueDate: isoDate.nullable().default(null) }).strict()
  ),
  'agreements.update': method<Agreement>()(
    z.object({ id, text: itemText('An agreement').optional(), owner: z.enum(OWNERS).optional(), dueDate: isoDate.nullable().optional() }).strict()
  ),
  'agreements.remove': method<{ id: number }>()(z.object({ id }).strict()),
  'agreements.review': method<ReviewedAgreement>()(
    z.object({ id, sessionId: id, outcome: z.enum(REVIEW_OUTCOMES).nullable(), missedReason: longText(2000).default(''), dueDate: isoDate.nullable().optional() }).strict()
  ),

  'challenges.create': method<Challenge>()(z.object({ sessionId: id, text: itemText('A challenge'), supportOffered: longText(4000).default('') }).strict()),
  'challenges.update': method<Challenge>()(
    z
      .object({
        id,
        sessionId: id,
        text: itemText('A challenge').optional(),
        supportOffered: longText(4000).optional(),
        status: z.enum(['open', 'resolved']).optional()
      })
      .strict()
  ),

  'recognitions.create': method<Recognition>()(
    z.object({ sessionId: id, what: itemText('What you recognise'), behaviour: longText(4000).default(''), goalId: id.nullable().default(null) }).strict()
  ),
  'recognitions.update': method<Recognition>()(
    z.object({ id, what: itemText('What you recognise').optional(), behaviour: longText(4000).optional(), goalId: id.nullable().optional() }).strict()
  ),
  'recognitions.remove': method<{ id: number }>()(z.object({ id }).strict()),

  'notes.save': method<NoteDoc>()(
    z
      .object({
        sessionId: id,
        kind: z.enum(['shared', 'private', 'section']),
        templateSectionId: id.nullable().default(null),
        doc: richDoc,
        text: longText(1_000_000),
        /** The revision this edit started from; an older one than stored is a conflict. */
        baseRevision: z.number().int().min(0)
      })
      .strict()
      .refine((input) => (input.kind === 'section') === (input.templateSectionId !== null), {
        message: 'A section note names its template section; shared and private notes do not.',
        path: ['templateSectionId']
      })
  ),

  'demo.load': method<{ repsCreated: number }>()(z.object({ today: isoDate.optional() }).strict()),
  'demo.remove': method<{ repsRemoved: number }>()(empty),

  'team.overview': method<TeamOverview>()(z.object({ includeArchived: z.boolean().default(false) }).strict()),
  'reps.brief': method<RepBrief>()(z.object({ id }).strict()),
  'reps.timeline': method<TimelinePage>()(
    z
      .object({
        repId: id,
        before: timelineCursor.optional(),
        limit: z.number().int('The page size is a whole number.').min(1, 'Ask for at least one 1:1.').max(100, 'Ask for at most 100 1:1s at a time.').default(30)
      })
      .strict()
  ),
  'reps.agreements': method<LedgerAgreement[]>()(
    z.object({ repId: id, owner: z.enum(OWNERS).optional(), status: z.enum(AGREEMENT_STATUSES).optional() }).strict()
  ),
  'reps.recognitions': method<RecognitionLogEntry[]>()(z.object({ repId: id }).strict()),
  'reps.challenges': method<ChallengeHistoryEntry[]>()(z.object({ repId: id }).strict()),
  'goals.progress': method<GoalProgress>()(z.object({ goalId: id }).strict()),
  'nudges.list': method<RepNudges>()(z.object({ repId: id }).strict()),
  'nudges.dismiss': method<RepNudges>()(z.object({ repId: id, rule: z.enum(NUDGE_RULES, { error: 'This is not a nudge Kept knows.' }) }).strict()),
  'nudges.restore': method<RepNudges>()(z.object({ repId: id, rule: z.enum(NUDGE_RULES, { error: 'This is not a nudge Kept knows.' }) }).strict()),
  // — goals: editor and progress
  'goals.list': method<RepGoals>()(z.object({ repId: id }).strict()),
  'goals.create': method<GoalDetails>()(goalInputSchema({ repId: id })),
  'goals.update': method<GoalDetails>()(goalInputSchema({ id })),
  'goals.setLifecycle': method<GoalDetails>()(
    z.object({ id, action: z.enum(GOAL_LIFECYCLE_ACTIONS, { error: 'Choose achieved, dropped, archived or reactivate.' }) }).strict()
  ),
  'goals.overrideStatus': method<GoalDetails>()(
    z.object({ id, status: z.enum(PROGRESS_STATUSES, { error: 'Choose on track, at risk or off track, or null to follow the suggestion.' }).nullable() }).strict()
  ),

  // — imports: CSV metrics and roster
  'imports.previewMetrics': method<MetricImportPreview>()(metricImportInput),
  'imports.commitMetrics': method<{ import: MetricImportSummary; checkInsImported: number; repsUpdated: number }>()(metricImportInput),
  'imports.list': method<MetricImportSummary[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict()),
  'imports.undo': method<{ import: MetricImportSummary; checkInsRemoved: number }>()(z.object({ importId: id }).strict()),
  'imports.previewRoster': method<RosterPreview>()(rosterImportInput),
  'imports.commitRoster': method<{ reps: Rep[] }>()(rosterImportInput),

  // — after the meeting: summaries, exports, review
  'exports.session': method<ExportedFile>()(
    z.object({ sessionId: id, format: z.enum(SESSION_EXPORT_FORMATS, { error: 'Choose Markdown, HTML, plain text or a calendar file.' }), includePrivate: z.boolean().default(false), includeCheckInRead: z.boolean().default(false) }).strict()
  ),
  'exports.nextMeeting': method<ExportedFile>()(z.object({ repId: id }).strict()),
  'exports.history': method<ExportedFile>()(
    z
      .object({
        repId: id,
        from: isoDate.nullable().default(null),
        to: isoDate.nullable().default(null),
        format: z.enum([...DOCUMENT_EXPORT_FORMATS, 'txt'], { error: 'Choose Markdown, HTML or plain text.' }),
        includePrivate: z.boolean().default(false)
      })
      .strict()
      .refine((input) => input.from === null || input.to === null || input.from <= input.to, { message: 'The start date is after the end date.', path: ['from'] })
  ),
  'exports.mailto': method<MailtoDraft>()(z.object({ sessionId: id, includePrivate: z.boolean().default(false), includeCheckInRead: z.boolean().default(false) }).strict()),
  'review.draft': method<ReviewDraft>()(reviewPeriod(z.object({ repId: id, from: isoDate, to: isoDate }).strict())),
  'review.save': method<ReviewDraft>()(
    reviewPeriod(z.object({ repId: id, from: isoDate, to: isoDate, text: z.string().max(200_000, 'Keep the review under 200,000 characters.') }).strict())
  ),
  'review.export': method<ExportedFile>()(
    reviewPeriod(z.object({ repId: id, from: isoDate, to: isoDate, format: z.enum(DOCUMENT_EXPORT_FORMATS, { error: 'Choose Markdown or HTML.' }) }).strict())
  ),

  // — backups and data ownership
  'backups.list': method<BackupList>()(empty),
  'data.exportJson': method<JsonExportFile>()(empty),
  'backups.create': method<BackupInfo>()(empty),
  'backups.restore': method<RestoreResult>()(
    z
      .object({
        fileName: z
          .string({ error: 'Choose a backup to restore.' })
          .min(1, 'Choose a backup to restore.')
          .max(255, 'This is not the name of a backup.')
          .regex(/^[^/\\]+\.sqlite$/, 'This is not the name of a backup.')
      })
      .strict()
  ),

  // — trust: trash and recovery
  'reps.delete': method<TrashEntry>()(z.object({ id }).strict()),
  'sessions.delete': method<TrashEntry>()(z.object({ id }).strict()),
  'goals.delete': method<TrashEntry>()(z.object({ id }).strict()),
  'agreements.delete': method<TrashEntry>()(z.object({ id }).strict()),
  'trash.list': method<TrashEntry[]>()(empty),
  'trash.restore': method<RestoredItem>()(z.object({ id }).strict()),
  'trash.empty': method<{ removed: number }>()(empty),
  'recovery.status': method<RecoveryStatus>()(empty),
  /** Runs the page-by-page check of the open file if opening left it for later, then answers as recovery.status. */
  'recovery.check': method<RecoveryStatus>()(empty),
  'recovery.restore': method<RecoveryResult>()(z.object({ backupPath: z.string().min(1, 'Choose a backup.').max(4096) }).strict()),
  /** Restores a backup file the user chose themselves (one not in the list of this file's backups). */
  'recovery.restoreFile': method<RecoveryResult>()(chosenDataFile('Enter the path of a backup file.')),
  'recovery.openFile': method<RecoveryResult>()(chosenDataFile('Enter the path of a Kept data file.')),
  'recovery.createFile': method<RecoveryResult>()(chosenDataFile('Enter where the new data file should go.')),

  // — performance

  // — agreements between 1:1s (path-content; move beside the agreements block at merge)
  'agreements.change': method<LedgerAgreement>()(
    z
      .object({ id, status: z.enum(['open', 'done'], { error: 'Mark it done or open.' }).optional(), dueDate: isoDate.nullable().optional(), owner: z.enum(OWNERS).optional() })
      .strict()
      .refine((input) => input.status !== undefined || input.dueDate !== undefined || input.owner !== undefined, { message: 'Say what to change: done, the due date or the owner.' })
  ),
  'agreements.history': method<AgreementChange[]>()(z.object({ id }).strict()),
  // — recognition between 1:1s (path-content; move beside the recognitions block at merge)
  'recognitions.give': method<Recognition>()(
    z.object({ repId: id, what: itemText('What you recognise'), behaviour: longText(4000).default(''), goalId: id.nullable().default(null) }).strict()
  ),
} satisfies Record<ApiMethod, MethodDefinition<z.ZodType, unknown>>

export type Contract = typeof contract
// Every contract key is a declared method name (the `satisfies` above checks the other way).
type _NoExtraMethods = Exclude<keyof Contract, ApiMethod> extends never ? true : never
export const contractIsComplete: _NoExtraMethods = true

export type MethodInput<M extends ApiMethod> = z.input<Contract[M]['input']>
export type MethodParsedInput<M extends ApiMethod> = z.output<Contract[M]['input']>
export type MethodResult<M extends ApiMethod> = NonNullable<Contract[M]['result']>

/** The object the renderer calls: one async function per method. */
export type KeptApi = { [M in ApiMethod]: (input: MethodInput<M>) => Promise<MethodResult<M>> }

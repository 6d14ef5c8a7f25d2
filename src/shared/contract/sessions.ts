// A 1:1: start or plan it, its check-in, its notes, finishing it.
import { z } from 'zod'
import type { FinishResult, NoteDoc, Session, SessionDetail, SessionStatus } from '@shared/domain'
import { id, isoDate, longText } from './fields'
import { method, type FeatureContract } from './method'

/** A local date and time like 2026-03-14T09:30 (the time part optional). */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'Use a date like 2026-03-14, optionally with a time like T09:30.')
  .refine((value) => isoDate.safeParse(value.slice(0, 10)).success, 'This date does not exist.')
  .refine((value) => value.length === 10 || (Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60), 'This time does not exist.')

/** A tiptap/ProseMirror document: a JSON object with type "doc". Size is capped. */
const richDoc = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).optional() }, { error: 'The note is not a valid document.' })
  .passthrough()
  .refine((doc) => JSON.stringify(doc).length <= 2_000_000, 'This note is too long to save (2 MB at most).')

/** A line of the list of 1:1s (the command line's list-sessions). */
export interface SessionListing {
  id: number
  repId: number
  repName: string
  scheduledAt: string
  status: SessionStatus
  pulse: number | null
  /** The template's name, or null for a 1:1 without one. */
  template: string | null
}

export const sessionsContract = {
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
  /** Every 1:1, newest first; only one rep's with `repId`. */
  'sessions.list': method<SessionListing[]>()(z.object({ repId: id.optional() }).strict()),

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
  )
} satisfies FeatureContract

// After the meeting: a 1:1's summary and files, a rep's history, the performance review.
import { z } from 'zod'
import { DOCUMENT_EXPORT_FORMATS, SESSION_EXPORT_FORMATS, type ExportedFile, type MailtoDraft, type ReviewDraft } from '@shared/exports'
import { id, isoDate } from './fields'
import { method, type FeatureContract } from './method'

/** A review period: its first day is not after its last. */
const reviewPeriod = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema.refine((input) => input.from <= input.to, { message: 'The period starts after it ends.', path: ['from'] })

export const exportsContract = {
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
  )
} satisfies FeatureContract

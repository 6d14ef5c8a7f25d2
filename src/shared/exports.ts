// Types of the "after the meeting" area: exported files, email drafts and review drafts.

export const SESSION_EXPORT_FORMATS = ['md', 'html', 'txt', 'ics'] as const
export type SessionExportFormat = (typeof SESSION_EXPORT_FORMATS)[number]

export const DOCUMENT_EXPORT_FORMATS = ['md', 'html'] as const
export type DocumentExportFormat = (typeof DOCUMENT_EXPORT_FORMATS)[number]

/** A file ready to save, download or copy: its suggested name, MIME type and text. */
export interface ExportedFile {
  fileName: string
  mimeType: string
  content: string
}

/** An email draft as a `mailto:` link (kept under the length mail programs accept). */
export interface MailtoDraft {
  href: string
  to: string
  subject: string
  body: string
  /** The body was shortened to fit the link; the full summary is in the exported file. */
  truncated: boolean
}

/** The most characters a `mailto:` link may have: longer links are cut by browsers and mail programs. */
export const MAILTO_MAX_LENGTH = 2000

/** One rep's performance-review draft over a period. */
export interface ReviewDraft {
  repId: number
  repName: string
  from: string
  to: string
  /** The draft in Markdown: the manager's saved edit, or else freshly compiled. */
  text: string
  /** What Kept compiles from the 1:1s now (to start over from). */
  generatedText: string
  /** When the manager last saved an edit of this draft; null when it was never saved. */
  savedAt: string | null
  /** The dates of the completed 1:1s it draws on. */
  sessionDates: string[]
}

// Session notes: shared, private and per prompt section, each its own row, saved with a revision
// so that two windows on the same 1:1 never overwrite each other's newer text.
import type { NoteDoc } from '@shared/domain'
import { findNote, writeNote, type StoredNoteKind } from '../repositories/notes-repository'
import { touchSession } from '../repositories/sessions-repository'
import { listSectionsOfTemplate } from '../repositories/templates-repository'
import { conflict, invalidField } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'
import { requireSession } from './session-lookup'

export interface NoteSave {
  sessionId: number
  kind: StoredNoteKind
  templateSectionId: number | null
  doc: unknown
  text: string
  baseRevision: number
}

export function saveNote(context: ServiceContext, input: NoteSave): NoteDoc {
  const { db } = context
  const { session } = requireSession(db, input.sessionId)
  if (input.templateSectionId !== null) {
    const sections = session.templateId === null ? [] : listSectionsOfTemplate(db, session.templateId)
    if (!sections.some((section) => section.id === input.templateSectionId)) {
      throw invalidField('templateSectionId', "This section is not part of this 1:1's template.")
    }
  }
  const docJson = JSON.stringify(input.doc)
  return db.transaction((): NoteDoc => {
    const stored = findNote(db, session.id, input.kind, input.templateSectionId)
    if (stored && input.baseRevision < stored.note.revision) {
      // The same text arriving again (a retried save) is not a conflict.
      if (stored.docJson === docJson && stored.note.text === input.text) return stored.note
      throw conflict('This note was changed in another window, so this edit was not saved. The newer text is kept: reload the note to see it.')
    }
    const now = nowOf(context)
    writeNote(
      db,
      {
        existingId: stored?.id,
        sessionId: session.id,
        kind: input.kind,
        templateSectionId: input.templateSectionId,
        docJson,
        text: input.text,
        revision: (stored?.note.revision ?? 0) + 1
      },
      now
    )
    touchSession(db, session.id, now)
    const saved = findNote(db, session.id, input.kind, input.templateSectionId)
    if (!saved) throw new Error('The note just saved could not be read back.')
    return saved.note
  })()
}

import type { NoteDoc, SessionDetail } from '@shared/domain'

export type NoteKind = 'shared' | 'private' | 'section'

export function noteOf(detail: SessionDetail, kind: NoteKind, templateSectionId: number | null): NoteDoc | undefined {
  if (kind === 'section') return templateSectionId === null ? undefined : detail.notes.sections[templateSectionId]
  return detail.notes[kind]
}

export function withNote(detail: SessionDetail, kind: NoteKind, templateSectionId: number | null, note: NoteDoc): SessionDetail {
  if (kind === 'section') {
    if (templateSectionId === null) return detail
    return { ...detail, notes: { ...detail.notes, sections: { ...detail.notes.sections, [templateSectionId]: note } } }
  }
  return { ...detail, notes: { ...detail.notes, [kind]: note } }
}

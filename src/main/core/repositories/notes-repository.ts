import type { Database } from 'better-sqlite3'
import type { NoteDoc } from '@shared/domain'

export type StoredNoteKind = 'shared' | 'private' | 'section'

interface NoteRow {
  id: number
  kind: StoredNoteKind
  template_section_id: number | null
  revision: number
  updated_at: string
  doc_json: string | null
  plain_text: string | null
}

export interface StoredNote {
  id: number
  kind: StoredNoteKind
  templateSectionId: number | null
  docJson: string
  note: NoteDoc
}

const EMPTY_DOC_JSON = '{"type":"doc","content":[]}'

/** What a note reads as before anything was written: an empty document at revision 0. */
export function emptyNote(): NoteDoc {
  return { doc: JSON.parse(EMPTY_DOC_JSON) as unknown, text: '', revision: 0, updatedAt: null }
}

function toStoredNote(row: NoteRow): StoredNote {
  const docJson = row.doc_json ?? EMPTY_DOC_JSON
  return {
    id: row.id,
    kind: row.kind,
    templateSectionId: row.template_section_id,
    docJson,
    note: { doc: JSON.parse(docJson) as unknown, text: row.plain_text ?? '', revision: row.revision, updatedAt: row.updated_at }
  }
}

const NOTE_SELECT = `
  SELECT notes.id, notes.kind, notes.template_section_id, notes.revision, notes.updated_at, note_bodies.doc_json, note_bodies.plain_text
  FROM notes LEFT JOIN note_bodies ON note_bodies.note_id = notes.id`

export function listNotesOfSession(db: Database, sessionId: number): StoredNote[] {
  const rows = db.prepare(`${NOTE_SELECT} WHERE notes.session_id = ?`).all(sessionId) as NoteRow[]
  return rows.map(toStoredNote)
}

/** The session's one note of a kind (and, for section notes, of a template section). */
export function findNote(db: Database, sessionId: number, kind: StoredNoteKind, templateSectionId: number | null): StoredNote | undefined {
  const row = db
    .prepare(`${NOTE_SELECT} WHERE notes.session_id = ? AND notes.kind = ? AND ifnull(notes.template_section_id, 0) = ?`)
    .get(sessionId, kind, templateSectionId ?? 0) as NoteRow | undefined
  return row ? toStoredNote(row) : undefined
}

/** Inserts or replaces the note's body and sets its revision. Runs in the caller's transaction. */
export function writeNote(
  db: Database,
  note: { existingId: number | undefined; sessionId: number; kind: StoredNoteKind; templateSectionId: number | null; docJson: string; text: string; revision: number },
  now: string
): void {
  let noteId = note.existingId
  if (noteId === undefined) {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO notes (session_id, kind, template_section_id, revision, created_at, updated_at)
         VALUES (@sessionId, @kind, @templateSectionId, @revision, @now, @now)`
      )
      .run({ sessionId: note.sessionId, kind: note.kind, templateSectionId: note.templateSectionId, revision: note.revision, now })
    noteId = Number(lastInsertRowid)
  } else {
    db.prepare('UPDATE notes SET revision = @revision, updated_at = @now WHERE id = @id').run({ id: noteId, revision: note.revision, now })
  }
  db.prepare(
    `INSERT INTO note_bodies (note_id, doc_json, plain_text) VALUES (@noteId, @docJson, @text)
     ON CONFLICT (note_id) DO UPDATE SET doc_json = excluded.doc_json, plain_text = excluded.plain_text`
  ).run({ noteId, docJson: note.docJson, text: note.text })
}

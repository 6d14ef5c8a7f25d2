import { NoteField } from '../notes/NoteField'

/** Shared notes (part of the summary) and private notes (yours alone, clearly marked). */
export function NotesSection() {
  return (
    <div className="notes-section">
      <NoteField kind="shared" label="Shared notes" description="Part of the summary you can send to the rep." />
      <NoteField
        kind="private"
        label="Private notes"
        badge={<span className="badge badge--private">Private</span>}
        description="Only for you. Never in a summary or export unless you include private notes explicitly."
      />
    </div>
  )
}

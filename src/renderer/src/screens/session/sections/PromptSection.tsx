import type { TemplateSection } from '@shared/domain'
import { NoteField } from '../notes/NoteField'

/** A free-text section of a template: its prompt and a rich-text answer. */
export function PromptSection({ section }: { section: TemplateSection }) {
  return (
    <div className="prompt-section">
      {section.prompt && <p className="prompt-section__prompt">{section.prompt}</p>}
      <NoteField kind="section" templateSectionId={section.id} label={`Notes: ${section.title}`} variant="section" />
    </div>
  )
}

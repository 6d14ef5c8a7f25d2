import type { TemplateSection } from '@shared/domain'
import { sectionProgress } from './section-progress'
import './section-rail.css'
import { useSession } from './session-context'

/** The sections of this 1:1, one button each; Alt+1…9 jumps, Alt+↑/↓ steps. */
export function SectionRail({ sections, active, onSelect }: { sections: TemplateSection[]; active: number; onSelect: (index: number) => void }) {
  const { detail } = useSession()
  return (
    <nav className="section-rail" aria-label="Sections">
      <ol>
        {sections.map((section, index) => {
          const progress = sectionProgress(section, detail)
          const current = index === active
          return (
            <li key={section.id}>
              <button
                type="button"
                title={section.title}
                // The name holds the title and progress also when a narrow window shows only the number;
                // it starts with the visible text, so a voice user can say what they see (WCAG 2.5.3).
                aria-label={`${index + 1} ${section.title}${progress.short ? ` ${progress.short}, ${progress.long}` : ''}`}
                className={`section-rail__item${current ? ' is-current' : ''}${progress.complete ? ' is-complete' : ''}`}
                aria-current={current ? 'step' : undefined}
                aria-keyshortcuts={index < 9 ? `Alt+${index + 1}` : undefined}
                onClick={() => onSelect(index)}
              >
                <span className="section-rail__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="section-rail__title">{section.title}</span>
                {progress.short && (
                  <span className="section-rail__progress">
                    <span aria-hidden="true">{progress.short}</span>
                    <span className="visually-hidden">, {progress.long}</span>
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

import type { TemplateSection } from '@shared/domain'
import { Keys } from '../../components/Keys'
import { onReviewListKeyDown } from './review-keys'
import { useSession } from './session-context'
import { AgendaSection } from './sections/AgendaSection'
import { ChallengesSection } from './sections/ChallengesSection'
import { CheckInSection } from './sections/CheckInSection'
import { GoalReviewSection } from './sections/GoalReviewSection'
import { LastAgreementsSection } from './sections/LastAgreementsSection'
import { NextStepsSection } from './sections/NextStepsSection'
import { NotesSection } from './sections/NotesSection'
import { PromptSection } from './sections/PromptSection'
import { RecognitionSection } from './sections/RecognitionSection'

function SectionBody({ section }: { section: TemplateSection }) {
  switch (section.kind) {
    case 'check_in':
      return <CheckInSection />
    case 'agenda':
      return <AgendaSection />
    case 'goal_review':
      return <GoalReviewSection />
    case 'last_agreements':
      return <LastAgreementsSection />
    case 'challenges':
      return <ChallengesSection />
    case 'recognition':
      return <RecognitionSection />
    case 'next_steps':
      return <NextStepsSection />
    case 'notes':
      return <NotesSection />
    case 'prompt':
      return <PromptSection section={section} />
  }
}

/** One section of the 1:1: its title, its prompt and its content. */
export function SectionView({ section, index, total, onNext }: { section: TemplateSection; index: number; total: number; onNext: () => void }) {
  const { detail } = useSession()
  const next = [...detail.sections].sort((a, b) => a.position - b.position)[index + 1]
  const headingId = `section-heading-${section.id}`
  return (
    <section className={`session-section session-section--${section.kind}`} aria-labelledby={headingId} onKeyDown={onReviewListKeyDown}>
      <header className="session-section__header">
        <p className="session-section__step">
          Section {index + 1} of {total}
        </p>
        <h2 id={headingId} tabIndex={-1}>
          {section.title}
        </h2>
        {section.prompt && section.kind !== 'prompt' && <p className="session-section__prompt">{section.prompt}</p>}
      </header>
      <SectionBody section={section} />
      {next && (
        <footer className="session-section__footer">
          <button type="button" className="button" onClick={onNext}>
            Next: {next.title}{' '}
            <span aria-hidden="true">
              <Keys id="nextSection" />
            </span>
          </button>
        </footer>
      )}
    </section>
  )
}

import type { Nudge } from '@shared/domain'

/** Nudges as small chips: the title shows, the detail and the "why" are in the tooltip and for screen readers. */
export function NudgeChips({ nudges, label }: { nudges: Nudge[]; label: string }) {
  if (nudges.length === 0) return null
  return (
    <ul className="nudge-chips" aria-label={label}>
      {nudges.map((nudge) => (
        <li key={nudge.rule} className="nudge-chip" title={`${nudge.detail}\n\nWhy it matters: ${nudge.why}`}>
          {nudge.title}
          <span className="visually-hidden">. {nudge.detail}</span>
        </li>
      ))}
    </ul>
  )
}

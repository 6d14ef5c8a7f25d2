import type { SuggestedTalkingPoint } from '@shared/domain'

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * The suggested points worth raising. Not the follow-ups on overdue agreements: the Brief lists what
 * each side owes just above, and the 1:1 reviews every agreement in its own section. In the 1:1, not
 * the rep's own points either (they are on the agenda already), nor any text the agenda holds.
 */
export function pointsToRaise(
  suggestions: readonly SuggestedTalkingPoint[],
  options: { agenda?: ReadonlyArray<{ text: string }>; inSession?: boolean } = {}
): SuggestedTalkingPoint[] {
  const agenda = options.agenda ?? []
  return suggestions.filter(
    (suggestion) =>
      suggestion.kind !== 'follow_up' &&
      !(options.inSession && suggestion.kind === 'talking_point') &&
      !agenda.some((point) => sameText(point.text, suggestion.text))
  )
}

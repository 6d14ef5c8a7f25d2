// Dismissed nudges: which of the nudges evaluated for a rep the manager has set aside, and until when.
import type { DismissedNudge, Nudge } from '@shared/domain'
import type { EvaluatedNudge } from './nudges'

export interface NudgeDismissal {
  rule: string
  dismissedAt: string
  until: string
  keys: string[]
}

/**
 * A dismissed nudge stays hidden while both hold: it is before the dismissal's `until` day, and
 * every key of what triggers it now was already there when it was dismissed. A new overdue
 * agreement, another recurring challenge or a new due date brings it back at once.
 */
export function isHidden(nudge: EvaluatedNudge, dismissal: NudgeDismissal | undefined, today: string): boolean {
  if (!dismissal || today >= dismissal.until) return false
  const dismissedKeys = new Set(dismissal.keys)
  return nudge.keys.every((key) => dismissedKeys.has(key))
}

export function applyDismissals(evaluated: EvaluatedNudge[], dismissals: NudgeDismissal[], today: string): { nudges: Nudge[]; dismissed: DismissedNudge[] } {
  const byRule = new Map(dismissals.map((dismissal) => [dismissal.rule, dismissal]))
  const nudges: Nudge[] = []
  const dismissed: DismissedNudge[] = []
  for (const item of evaluated) {
    const dismissal = byRule.get(item.nudge.rule)
    if (dismissal && isHidden(item, dismissal, today)) dismissed.push({ nudge: item.nudge, dismissedAt: dismissal.dismissedAt, until: dismissal.until })
    else nudges.push(item.nudge)
  }
  return { nudges, dismissed }
}

// How follow-through reads wherever it is shown (Team, Brief): "80%" or "—" when nothing counted.
import type { FollowThrough } from '@shared/domain'

export function formatRate(followThrough: FollowThrough): string {
  return followThrough.rate === null ? '—' : `${Math.round(followThrough.rate * 100)}%`
}

/** "4 of 5 kept (1 late), 1 missed, 0 overdue; 2 dropped, not counted". */
export function describeFollowThrough(followThrough: FollowThrough): string {
  if (followThrough.counted === 0) {
    const dropped = followThrough.dropped > 0 ? ` ${followThrough.dropped} dropped, not counted.` : ''
    return `Nothing counted yet.${dropped}`
  }
  const parts = [
    `${followThrough.done} of ${followThrough.counted} kept${followThrough.doneLate > 0 ? ` (${followThrough.doneLate} late)` : ''}`,
    `${followThrough.missed} missed`,
    `${followThrough.overdueOpen} open past due`
  ]
  const dropped = followThrough.dropped > 0 ? `; ${followThrough.dropped} dropped, not counted` : ''
  return `${parts.join(', ')}${dropped}.`
}

// Changes in a goal's unit. Reading what a person types is src/shared/numbers.ts (readNumber).
import type { GoalUnit } from '../../../shared/domain'
import { formatMetricValue } from './goals'

/** "+1,200", "−300", "±0" in the goal's unit. */
export function formatDelta(delta: number, unit: GoalUnit | null): string {
  if (delta === 0) return '±0'
  const sign = delta > 0 ? '+' : '−'
  return `${sign}${formatMetricValue(Math.abs(delta), unit)}`
}

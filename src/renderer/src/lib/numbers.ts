// Changes in a goal's unit. Reading what a person types is src/shared/numbers.ts (readNumber).
import type { GoalUnit } from '@shared/domain'
import { describeChange } from '@shared/numbers'
import { formatMetricValue } from './goals'

/** "+1,200", "−300", "±0" in the goal's unit (and currency); a percentage changes by points: "+0.9 pts". */
export function formatDelta(delta: number, unit: GoalUnit | null, currency?: string | null): string {
  return describeChange(delta, unit, (value, shownUnit) => formatMetricValue(value, shownUnit, currency))
}

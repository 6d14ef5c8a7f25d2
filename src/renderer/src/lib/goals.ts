import type { Goal, GoalStatus, GoalUnit } from '../../../shared/domain'

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  achieved: 'Achieved',
  dropped: 'Dropped'
}

/** What a goal lacks to be measurable (principle 1: metric, target and due date). */
export function missingForMeasurable(goal: Goal): string[] {
  const missing: string[] = []
  if (!goal.metric.trim()) missing.push('metric')
  if (goal.target === null) missing.push('target')
  if (!goal.dueDate) missing.push('due date')
  return missing
}

export function formatMetricValue(value: number | null, unit: GoalUnit | null, currency?: string | null): string {
  if (value === null) return '—'
  const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value)
  if (unit === 'currency') {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'USD', maximumFractionDigits: 0 }).format(value)
    } catch {
      return `${number} ${currency ?? ''}`.trim()
    }
  }
  if (unit === 'percent') return `${number}%`
  return number
}

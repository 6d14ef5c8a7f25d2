import type { Goal, GoalUnit } from '@shared/domain'
import { missingGoalFields } from '@shared/goal-rules'

export { GOAL_STATUS_LABELS } from '@shared/words'

/** What a goal lacks to be measurable (principle 1: metric, target and due date), in words. */
export function missingForMeasurable(goal: Goal): string[] {
  return missingGoalFields(goal).map((field) => (field === 'due_date' ? 'due date' : field))
}

// Building an Intl.NumberFormat costs far more than using one (tens of ms across a Brief), so
// each is built once per currency.
const plainNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })
const currencyFormats = new Map<string, Intl.NumberFormat | null>()

function currencyFormat(currency: string): Intl.NumberFormat | null {
  if (!currencyFormats.has(currency)) {
    let format: Intl.NumberFormat | null = null
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 })
    } catch {
      // Not a currency code Intl knows: the number is shown with the code beside it.
    }
    currencyFormats.set(currency, format)
  }
  return currencyFormats.get(currency)!
}

export function formatMetricValue(value: number | null, unit: GoalUnit | null, currency?: string | null): string {
  if (value === null) return '—'
  const number = plainNumber.format(value)
  if (unit === 'currency') {
    const format = currencyFormat(currency || 'USD')
    return format ? format.format(value) : `${number} ${currency ?? ''}`.trim()
  }
  if (unit === 'percent') return `${number}%`
  return number
}

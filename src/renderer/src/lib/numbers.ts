// Reading a number typed by a person: "1,250", "1 250", "$1,250.50", "12,5", "85%".
import type { GoalUnit } from '../../../shared/domain'
import { formatMetricValue } from './goals'

/** null for an empty field, NaN for text that is not a number. */
export function parseTypedNumber(raw: string): number | null {
  let text = raw.trim().replace(/[\s\u00a0\u202f]/g, '')
  if (text === '') return null
  text = text.replace(/^[$€£¥]/, '').replace(/%$/, '')
  const negative = /^[-−–]/.test(text)
  if (negative) text = text.slice(1)
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '')
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(text) || /^\d{1,3}(\.\d{3})+,\d+$/.test(text)) text = text.replace(/\./g, '').replace(',', '.')
  else if (/^\d+,\d+$/.test(text)) text = text.replace(',', '.')
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return Number.NaN
  const value = Number(text)
  return Number.isFinite(value) ? (negative ? -value : value) : Number.NaN
}

/** "+1,200", "−300", "±0" in the goal's unit. */
export function formatDelta(delta: number, unit: GoalUnit | null): string {
  if (delta === 0) return '±0'
  const sign = delta > 0 ? '+' : '−'
  return `${sign}${formatMetricValue(Math.abs(delta), unit)}`
}

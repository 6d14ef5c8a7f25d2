// Words and numbers as the exports print them (the data core's own copy: exports run in main
// and in the command line, without the renderer).
import { format, parseISO } from 'date-fns'
import type { GoalUnit, Owner } from '@shared/domain'
import { describeChange, userLocale } from '@shared/numbers'
import type { ServiceContext } from '../services/service-context'

export {
  GOAL_STATUS_LABELS as GOAL_STATUS_WORDS,
  PULSE_LABELS as PULSE_WORDS,
  REVIEW_OUTCOME_PAST as REVIEW_OUTCOME_WORDS,
  SESSION_STATUS_LABELS as SESSION_STATUS_WORDS
} from '@shared/words'

export function ownerWord(owner: Owner, repName: string): string {
  return owner === 'manager' ? 'Manager' : repName
}

/** What a number needs to be printed: the goal's unit and currency. */
export interface MetricKind {
  unit: GoalUnit | null
  currency: string | null
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** One Intl.NumberFormat per locale and style: building one costs far more than using it. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0001${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

/** A goal's value in the user's locale: money in the goal's own currency, a share with the locale's percent sign. */
export function formatMetric(value: number | null, kind: MetricKind, locale: string): string {
  if (value === null) return '—'
  if (kind.unit === 'currency') {
    const currency = kind.currency || 'USD'
    try {
      return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value)
    } catch {
      // Not a currency code Intl knows: the number with the code beside it, as the screen shows it.
      return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${currency}`
    }
  }
  if (kind.unit === 'percent') return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value)
}

/** "+€15,000", "−3", "±0"; a percentage changes by points: "+0.9 pts". */
export function formatChange(delta: number, kind: MetricKind, locale: string): string {
  return describeChange(delta, kind.unit, (value, unit) => formatMetric(value, { unit, currency: kind.currency }, locale))
}

/** The locale exports write numbers in: the one the screens use (the data core's, unless the host says otherwise). */
export function exportLocale(context: Pick<ServiceContext, 'locale'>): string {
  return context.locale ?? userLocale()
}

/** A calendar date ('YYYY-MM-DD', optionally with 'THH:MM') in the manager's date format. */
export function formatDay(date: string, dateFormat: string): string {
  return format(parseISO(date.slice(0, 10)), dateFormat)
}

/** "14 Mar 2026, 09:30" or just the date when no time is known. */
export function formatDayTime(dateTime: string, dateFormat: string): string {
  const day = formatDay(dateTime, dateFormat)
  return dateTime.length > 10 ? `${day}, ${dateTime.slice(11, 16)}` : day
}

/** A name made safe for a file name: letters, digits and dashes. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
  return slug || 'rep'
}

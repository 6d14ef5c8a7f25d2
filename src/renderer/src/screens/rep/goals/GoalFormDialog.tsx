import { useState } from 'react'
import { addQuarters, format, getQuarter, startOfQuarter, subQuarters } from 'date-fns'
import { GOAL_UNITS, type GoalUnit } from '@shared/domain'
import type { GoalDetails, GoalTimeframe } from '@shared/goals'
import { formatNumberForInput, userLocale } from '@shared/numbers'
import { api } from '../../../api'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { FormActions } from '../../../components/FormActions'
import { useFormSave } from '../../../lib/use-form-save'

const UNIT_LABELS: Record<GoalUnit, string> = { currency: 'Money (currency)', count: 'Count', percent: 'Percent' }
const TIMEFRAME_LABELS: Record<GoalTimeframe, string> = {
  none: 'No due date yet',
  due_date: 'By a due date',
  month: 'Over a month',
  quarter: 'Over a quarter',
  custom: 'Over a custom period'
}

interface FormValues {
  title: string
  metric: string
  unit: GoalUnit | ''
  currency: string
  baseline: string
  target: string
  timeframe: GoalTimeframe
  dueDate: string
  month: string
  quarter: string
  periodStart: string
  periodEnd: string
}

const quarterKey = (date: Date) => `${format(date, 'yyyy')}-Q${getQuarter(date)}`

/** Quarters from last year to two years ahead, plus the goal's own when it lies outside. */
function quarterOptions(current: string): string[] {
  const first = subQuarters(startOfQuarter(new Date()), 4)
  const options = Array.from({ length: 13 }, (_, index) => quarterKey(addQuarters(first, index)))
  return current && !options.includes(current) ? [current, ...options] : options
}

function initialValues(details?: GoalDetails): FormValues {
  const goal = details?.goal
  const isPeriod = details?.timeframe === 'custom'
  return {
    title: goal?.title ?? '',
    metric: goal?.metric ?? '',
    unit: goal?.unit ?? '',
    currency: details?.currency ?? 'USD',
    baseline: formatNumberForInput(goal?.baseline ?? null),
    target: formatNumberForInput(goal?.target ?? null),
    timeframe: details?.timeframe ?? 'quarter',
    dueDate: details?.timeframe === 'due_date' ? (goal?.dueDate ?? '') : '',
    month: details?.month ?? format(new Date(), 'yyyy-MM'),
    quarter: details?.quarter ?? quarterKey(new Date()),
    periodStart: isPeriod ? (details?.periodStart ?? '') : '',
    periodEnd: isPeriod ? (goal?.dueDate ?? '') : ''
  }
}

function toPayload(values: FormValues) {
  return {
    title: values.title,
    metric: values.metric,
    unit: values.unit || null,
    currency: values.unit === 'currency' ? values.currency : '',
    // Read by the data core in the locale this screen writes numbers in: "12,5" is 12.5 in German.
    baseline: values.baseline,
    target: values.target,
    locale: userLocale(),
    timeframe: values.timeframe,
    dueDate: values.timeframe === 'due_date' ? values.dueDate : '',
    month: values.timeframe === 'month' ? values.month : '',
    quarter: values.timeframe === 'quarter' ? values.quarter : '',
    periodStart: values.timeframe === 'custom' ? values.periodStart : '',
    periodEnd: values.timeframe === 'custom' ? values.periodEnd : ''
  }
}

interface GoalFormDialogProps {
  repId: number
  /** The goal to edit; absent for a new one. */
  details?: GoalDetails
  open: boolean
  onClose: () => void
  onSaved: (saved: GoalDetails) => void
}

export function GoalFormDialog({ repId, details, open, onClose, onSaved }: GoalFormDialogProps) {
  return (
    <Dialog title={details ? 'Edit goal' : 'New goal'} open={open} onClose={onClose} size="wide">
      <GoalForm key={details ? `${details.goal.id}` : 'new'} repId={repId} details={details} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  )
}

function GoalForm({ repId, details, onClose, onSaved }: Omit<GoalFormDialogProps, 'open'>) {
  const [values, setValues] = useState(() => initialValues(details))
  const { error, saving, submit, fieldError } = useFormSave(
    () => (details ? api['goals.update']({ id: details.goal.id, ...toPayload(values) }) : api['goals.create']({ repId, ...toPayload(values) })),
    onSaved
  )
  const set = (name: keyof FormValues) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [name]: event.target.value }))

  const otherErrors = Object.entries(error?.fieldErrors ?? {}).filter(([key]) => !(key in values))
  return (
    <form className="form goal-form" onSubmit={submit} noValidate aria-label={details ? `Edit ${details.goal.title}` : 'New goal'}>
      {error && (!error.fieldErrors || otherErrors.length > 0) && (
        <p className="banner banner--error" role="alert">
          {otherErrors[0]?.[1] ?? error.message}
        </p>
      )}
      <p className="muted goal-form__intro">A measurable goal names a metric, a target and a due date. You can save it without them and complete it later.</p>
      <Field label="Title" error={fieldError('title')}>
        <input name="title" value={values.title} onChange={set('title')} data-autofocus autoComplete="off" maxLength={220} placeholder="Close $120k new ARR in Q3" />
      </Field>
      <div className="form__grid">
        <Field label="Metric" error={fieldError('metric')} hint="What is measured, e.g. Closed-won new ARR">
          <input name="metric" value={values.metric} onChange={set('metric')} autoComplete="off" maxLength={140} />
        </Field>
        <Field label="Unit" error={fieldError('unit')}>
          <select name="unit" value={values.unit} onChange={set('unit')}>
            <option value="">No unit</option>
            {GOAL_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {UNIT_LABELS[unit]}
              </option>
            ))}
          </select>
        </Field>
        {values.unit === 'currency' && (
          <Field label="Currency code" error={fieldError('currency')} hint="Three letters, e.g. USD, EUR, GBP">
            <input name="currency" value={values.currency} onChange={set('currency')} autoComplete="off" maxLength={3} className="input--short" />
          </Field>
        )}
        <Field label="Baseline" error={fieldError('baseline')} hint="Where it starts; leave empty if unknown">
          <input name="baseline" value={values.baseline} onChange={set('baseline')} inputMode="decimal" autoComplete="off" />
        </Field>
        <Field label="Target" error={fieldError('target')} hint="Lower than the baseline for goals to reduce something">
          <input name="target" value={values.target} onChange={set('target')} inputMode="decimal" autoComplete="off" />
        </Field>
        <Field label="When" error={fieldError('timeframe')}>
          <select name="timeframe" value={values.timeframe} onChange={set('timeframe')}>
            {(Object.keys(TIMEFRAME_LABELS) as GoalTimeframe[]).map((timeframe) => (
              <option key={timeframe} value={timeframe}>
                {TIMEFRAME_LABELS[timeframe]}
              </option>
            ))}
          </select>
        </Field>
        {values.timeframe === 'due_date' && (
          <Field label="Due date" error={fieldError('dueDate')}>
            <input name="dueDate" type="date" value={values.dueDate} onChange={set('dueDate')} />
          </Field>
        )}
        {values.timeframe === 'month' && (
          <Field label="Month" error={fieldError('month')} hint="Due on the month’s last day">
            <input name="month" type="month" value={values.month} onChange={set('month')} />
          </Field>
        )}
        {values.timeframe === 'quarter' && (
          <Field label="Quarter" error={fieldError('quarter')} hint="Due on the quarter’s last day">
            <select name="quarter" value={values.quarter} onChange={set('quarter')}>
              {quarterOptions(values.quarter).map((quarter) => (
                <option key={quarter} value={quarter}>
                  {quarter.replace('-', ' ')}
                </option>
              ))}
            </select>
          </Field>
        )}
        {values.timeframe === 'custom' && (
          <>
            <Field label="Period starts" error={fieldError('periodStart')}>
              <input name="periodStart" type="date" value={values.periodStart} onChange={set('periodStart')} />
            </Field>
            <Field label="Period ends (due date)" error={fieldError('periodEnd')}>
              <input name="periodEnd" type="date" value={values.periodEnd} onChange={set('periodEnd')} />
            </Field>
          </>
        )}
      </div>
      <FormActions saveLabel={details ? 'Save changes' : 'Save goal'} saving={saving} onCancel={onClose} />
    </form>
  )
}

import { useEffect, useRef, useState } from 'react'
import { CADENCES, type Cadence, type Rep } from '@shared/domain'
import { CADENCE_LABELS } from '@shared/words'
import { api } from '../../api'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { FormActions } from '../../components/FormActions'
import { InlineConfirm } from '../../components/InlineConfirm'
import { todayIso } from '../../lib/dates'
import { useFormSave } from '../../lib/use-form-save'

interface RepFormDialogProps {
  /** The rep to edit; absent to add a new one. */
  rep?: Rep
  open: boolean
  onClose: () => void
  onSaved: (rep: Rep) => void
}


interface FormValues {
  name: string
  role: string
  email: string
  startDate: string
  cadence: Cadence
  nextSessionDate: string
  tags: string
}

function initialValues(rep?: Rep): FormValues {
  return {
    name: rep?.name ?? '',
    role: rep?.role ?? '',
    email: rep?.email ?? '',
    startDate: rep?.startDate ?? '',
    cadence: rep?.cadence ?? 'biweekly',
    nextSessionDate: rep?.nextSessionDate ?? '',
    tags: rep?.tags.join(', ') ?? ''
  }
}

function toPayload(values: FormValues) {
  return {
    name: values.name,
    role: values.role,
    email: values.email,
    startDate: values.startDate || null,
    cadence: values.cadence,
    nextSessionDate: values.nextSessionDate || null,
    tags: [...new Set(values.tags.split(',').map((tag) => tag.trim()).filter(Boolean))]
  }
}

export function RepFormDialog({ rep, open, onClose, onSaved }: RepFormDialogProps) {
  return (
    <Dialog title={rep ? `Edit ${rep.name}` : 'Add rep'} open={open} onClose={onClose} size="wide">
      {/* Keyed so each opening starts from the rep's current values. */}
      <RepForm key={rep ? `${rep.id}-${rep.updatedAt}` : 'new'} rep={rep} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  )
}

function RepForm({ rep, onClose, onSaved }: Omit<RepFormDialogProps, 'open'>) {
  const [values, setValues] = useState(() => initialValues(rep))
  const [cadenceTouched, setCadenceTouched] = useState(false)
  const [confirmingPast, setConfirmingPast] = useState(false)
  const pastConfirmed = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)
  // A next 1:1 newly set in the past ("Overdue by 2528 days") is most likely a typo in the year.
  const pastNextSession = values.nextSessionDate !== '' && values.nextSessionDate < todayIso() && values.nextSessionDate !== (rep?.nextSessionDate ?? '')

  // A new rep starts on the default cadence chosen in Settings.
  useEffect(() => {
    if (rep || cadenceTouched) return
    let cancelled = false
    api['preferences.get']({}).then(
      (preferences) => !cancelled && setValues((previous) => ({ ...previous, cadence: preferences.defaultCadence })),
      () => undefined
    )
    return () => {
      cancelled = true
    }
  }, [rep, cadenceTouched])
  const { error, saving, submit, fieldError } = useFormSave(
    () => (rep ? api['reps.update']({ id: rep.id, changes: toPayload(values) }) : api['reps.create'](toPayload(values))),
    onSaved
  )

  const set = (name: keyof FormValues) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }))

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(event) => {
        if (pastNextSession && !pastConfirmed.current) {
          event.preventDefault()
          setConfirmingPast(true)
          return
        }
        pastConfirmed.current = false
        setConfirmingPast(false)
        void submit(event)
      }}
    >
      {error && !error.fieldErrors && (
        <p className="banner banner--error" role="alert">
          {error.message}
        </p>
      )}
      <div className="form__grid">
        <Field label="Name" error={fieldError('name')}>
          <input name="name" value={values.name} onChange={set('name')} autoFocus autoComplete="off" maxLength={200} />
        </Field>
        <Field label="Role" error={fieldError('role')}>
          <input name="role" value={values.role} onChange={set('role')} placeholder="Account Executive" autoComplete="off" />
        </Field>
        <Field label="Email" error={fieldError('email')}>
          <input name="email" type="email" value={values.email} onChange={set('email')} placeholder="name@company.com" autoComplete="off" />
        </Field>
        <Field label="Start date" error={fieldError('startDate')}>
          <input name="startDate" type="date" value={values.startDate} onChange={set('startDate')} />
        </Field>
        <Field label="1:1 cadence" error={fieldError('cadence')}>
          <select
            name="cadence"
            value={values.cadence}
            onChange={(event) => {
              setCadenceTouched(true)
              set('cadence')(event)
            }}
          >
            {CADENCES.map((cadence) => (
              <option key={cadence} value={cadence}>
                {CADENCE_LABELS[cadence]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Next 1:1" error={fieldError('nextSessionDate')}>
          <input
            name="nextSessionDate"
            type="date"
            value={values.nextSessionDate}
            onChange={(event) => {
              setConfirmingPast(false)
              set('nextSessionDate')(event)
            }}
          />
        </Field>
        {confirmingPast && (
          <InlineConfirm
            message="The next 1:1 date is in the past — keep it?"
            confirmLabel="Keep it"
            cancelLabel="Change the date"
            onConfirm={() => {
              pastConfirmed.current = true
              formRef.current?.requestSubmit()
            }}
            onCancel={() => {
              setConfirmingPast(false)
              formRef.current?.querySelector<HTMLInputElement>('[name="nextSessionDate"]')?.focus()
            }}
          />
        )}
        <Field label="Team and tags" error={fieldError('tags') ?? Object.entries(error?.fieldErrors ?? {}).find(([key]) => key.startsWith('tags.'))?.[1]} hint="Separate with commas, e.g. Enterprise, EMEA">
          <input name="tags" value={values.tags} onChange={set('tags')} autoComplete="off" />
        </Field>
      </div>
      <FormActions saveLabel={rep ? 'Save changes' : 'Save rep'} saving={saving} onCancel={onClose} />
    </form>
  )
}

export { CADENCE_LABELS }

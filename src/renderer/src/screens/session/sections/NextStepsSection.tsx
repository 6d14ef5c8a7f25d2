import { REVIEW_ITEM } from '../review-keys'
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { Agreement, Owner } from '@shared/domain'
import { api } from '../../../api'
import { Field } from '../../../components/Field'
import { fieldError, toApiError } from '../../../lib/autosave'
import { trackWrite } from '../../../lib/save-status'
import { matches } from '../../../lib/shortcuts'
import { replaceById, useSaver, useSession } from '../session-context'
import { DueDateField } from './DueDateField'
import { OwnerSwitch } from './OwnerSwitch'

const other = (owner: Owner): Owner => (owner === 'rep' ? 'manager' : 'rep')
const isPast = (date: string, today: string) => date !== '' && date < today

/** New agreements: who does what by when. The rep owns them by default. */
export function NextStepsSection() {
  const { detail } = useSession()
  const agreements = detail.newAgreements
  const managerOwned = agreements.filter((agreement) => agreement.owner === 'manager').length

  return (
    <div className="next-steps">
      {agreements.length === 0 ? (
        <p className="empty">No next steps yet. Who does what by when? {detail.rep.name} owns them by default.</p>
      ) : (
        <ul className="item-list" aria-label="Next steps agreed in this 1:1">
          {agreements.map((agreement) => (
            <NextStepItem key={agreement.id} agreement={agreement} />
          ))}
        </ul>
      )}
      {agreements.length > 5 && (
        <p className="nudge" role="note">
          That is {agreements.length} next steps — more than anyone can own well. Could some wait for the next 1:1?
        </p>
      )}
      {agreements.length >= 2 && managerOwned * 2 > agreements.length && (
        <p className="nudge" role="note">
          You own {managerOwned} of {agreements.length}. Could {detail.rep.name} own more of them?
        </p>
      )}
      <NewAgreementForm />
    </div>
  )
}

function NewAgreementForm() {
  const { detail, update, today } = useSession()
  const [text, setText] = useState('')
  const [owner, setOwner] = useState<Owner>('rep')
  const [dueDate, setDueDate] = useState(detail.suggestedDueDate ?? '')
  const [confirmingPast, setConfirmingPast] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const textRef = useRef<HTMLInputElement>(null)

  async function add(pastConfirmed: boolean) {
    if (busy) return
    if (!text.trim()) {
      setErrors({ text: 'Write the agreement first.' })
      return
    }
    if (isPast(dueDate, today) && !pastConfirmed) {
      setConfirmingPast(true)
      return
    }
    setConfirmingPast(false)
    setBusy(true)
    setErrors({})
    try {
      const created = await trackWrite(api['agreements.create']({ sessionId: detail.session.id, text: text.trim(), owner, dueDate: dueDate || null }))
      update((current) => ({ ...current, newAgreements: [...current.newAgreements, created] }))
      setText('')
      setOwner('rep')
      setDueDate(detail.suggestedDueDate ?? '')
      textRef.current?.focus()
    } catch (caught) {
      const apiError = toApiError(caught)
      setErrors(apiError.fieldErrors ?? { text: apiError.message })
    } finally {
      setBusy(false)
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (matches('switchOwner', event.nativeEvent)) {
      event.preventDefault()
      setOwner((current) => other(current))
    }
  }

  return (
    <form
      className="add-form add-form--next-step"
      aria-label="Add a next step"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event: FormEvent) => {
        event.preventDefault()
        void add(false)
      }}
    >
      <Field label="New agreement" error={errors.text} hint="Enter adds it.">
        <input
          ref={textRef}
          type="text"
          value={text}
          maxLength={2000}
          aria-keyshortcuts="Alt+O"
          onChange={(event) => {
            setText(event.target.value)
            if (errors.text) setErrors({})
          }}
        />
      </Field>
      <div className="add-form__row add-form__row--spread">
        <OwnerSwitch owner={owner} repName={detail.rep.name} onChange={setOwner} showHint />
        <DueDateField
          value={dueDate}
          error={errors.dueDate}
          onChange={(value) => {
            setDueDate(value)
            setConfirmingPast(false)
          }}
          confirmingPast={confirmingPast}
          onKeepPast={() => void add(true)}
          onRejectPast={() => {
            setConfirmingPast(false)
            setDueDate(detail.suggestedDueDate ?? '')
            textRef.current?.focus()
          }}
        />
        <button type="submit" className="button button--small" disabled={busy}>
          Add agreement
        </button>
      </div>
    </form>
  )
}

function NextStepItem({ agreement }: { agreement: Agreement }) {
  const { detail, update, today } = useSession()
  const [dueDraft, setDueDraft] = useState(agreement.dueDate ?? '')
  const [confirmingPast, setConfirmingPast] = useState(false)
  const [removeError, setRemoveError] = useState<string>()
  const [textError, setTextError] = useState<string>()
  const [savedDue, setSavedDue] = useState(agreement.dueDate ?? '')
  const patch = (changes: Partial<Agreement>) =>
    update((current) => ({ ...current, newAgreements: replaceById(current.newAgreements, agreement.id, (item) => ({ ...item, ...changes })) }))

  const text = useSaver<string>(`next-step:${agreement.id}:text`, () => ({
    save: async (value) => {
      await api['agreements.update']({ id: agreement.id, text: value })
    }
  }))
  const owner = useSaver<Owner>(`next-step:${agreement.id}:owner`, () => ({
    save: async (value) => {
      await api['agreements.update']({ id: agreement.id, owner: value })
    }
  }))
  const due = useSaver<string | null>(`next-step:${agreement.id}:due`, () => ({
    save: async (value) => {
      await api['agreements.update']({ id: agreement.id, dueDate: value })
    }
  }))

  function saveDue(value: string) {
    setSavedDue(value)
    patch({ dueDate: value || null })
    due.saver.schedule(value || null, 0)
  }

  function changeOwner(next: Owner) {
    patch({ owner: next })
    owner.saver.schedule(next, 0)
  }

  async function remove() {
    setRemoveError(undefined)
    try {
      text.saver.discard()
      owner.saver.discard()
      due.saver.discard()
      await trackWrite(api['agreements.remove']({ id: agreement.id }))
      update((current) => ({ ...current, newAgreements: current.newAgreements.filter((item) => item.id !== agreement.id) }))
    } catch (caught) {
      setRemoveError(toApiError(caught).message)
    }
  }

  const textFieldError = textError ?? fieldError(text.snapshot.error, 'text')

  return (
    <li className="item item--next-step" {...REVIEW_ITEM}>
      <div className="item__main">
        <Field label="Agreement" error={textFieldError} hideLabel>
          <textarea
            rows={1}
            className="textarea--line"
            value={agreement.text}
            maxLength={2000}
            aria-keyshortcuts="Alt+O"
            onKeyDown={(event) => {
              // One line: Enter keeps the text as it is (it is saved as you type).
              if (event.key === 'Enter' && !event.shiftKey) event.preventDefault()
              if (matches('switchOwner', event.nativeEvent)) {
                event.preventDefault()
                changeOwner(other(agreement.owner))
              }
            }}
            onChange={(event) => {
              const value = event.target.value.replace(/\n/g, ' ')
              patch({ text: value })
              if (value.trim() === '') {
                // Never saved empty: the last saved text stays until this has words again.
                text.saver.discard()
                setTextError('An agreement cannot be empty. Write it again, or remove it.')
                return
              }
              setTextError(undefined)
              text.saver.schedule(value.trim())
            }}
            onBlur={() => void text.saver.flush()}
          />
        </Field>
        <div className="item__row">
          <OwnerSwitch owner={agreement.owner} repName={detail.rep.name} onChange={changeOwner} />
          <DueDateField
            value={dueDraft}
            error={fieldError(due.snapshot.error, 'dueDate')}
            onChange={(value) => {
              setDueDraft(value)
              setConfirmingPast(false)
              if (value === '' || !isPast(value, today)) saveDue(value)
            }}
            onBlur={() => {
              // Asked once focus leaves: typing a year passes through past dates.
              if (isPast(dueDraft, today) && dueDraft !== savedDue) setConfirmingPast(true)
            }}
            confirmingPast={confirmingPast}
            onKeepPast={() => {
              setConfirmingPast(false)
              saveDue(dueDraft)
            }}
            onRejectPast={() => {
              setConfirmingPast(false)
              setDueDraft(savedDue)
            }}
          />
        </div>
        {(owner.snapshot.error || removeError) && (
          <p className="field__error" role="alert">
            {removeError ?? owner.snapshot.error?.message}
          </p>
        )}
      </div>
      <div className="item__actions">
        <button type="button" className="button button--ghost button--small" onClick={remove} aria-label={`Remove agreement “${agreement.text}”`}>
          Remove
        </button>
      </div>
    </li>
  )
}

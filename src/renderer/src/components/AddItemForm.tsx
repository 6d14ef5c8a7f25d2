import { useState, type FormEvent } from 'react'
import { toApiError } from '../lib/autosave'
import { trackWrite } from '../lib/save-status'
import { Field } from './Field'

interface AddItemFormProps {
  label: string
  buttonLabel: string
  hint?: string
  emptyMessage: string
  /** Adds the trimmed text; a rejection shows its message next to the field and keeps the text. */
  onAdd: (text: string) => Promise<unknown>
  /** Which field error of the API answers for this text. */
  field?: string
  maxLength?: number
}

/** One line and Enter: the add form of a list. Empty items are never sent. */
export function AddItemForm({ label, buttonLabel, hint = 'Enter adds it.', emptyMessage, onAdd, field = 'text', maxLength = 2000 }: AddItemFormProps) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!text.trim()) {
      setError(emptyMessage)
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      await trackWrite(onAdd(text.trim()))
      setText('')
    } catch (caught) {
      const apiError = toApiError(caught)
      setError(apiError.fieldErrors?.[field] ?? apiError.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="add-form add-form--compact" onSubmit={submit} noValidate>
      <Field label={label} error={error} hint={hint}>
        <input
          type="text"
          value={text}
          maxLength={maxLength}
          onChange={(event) => {
            setText(event.target.value)
            if (error) setError(undefined)
          }}
        />
      </Field>
      <div className="add-form__row">
        <button type="submit" className="button button--small" disabled={busy}>
          {buttonLabel}
        </button>
      </div>
    </form>
  )
}

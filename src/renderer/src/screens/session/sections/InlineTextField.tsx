import { useState } from 'react'
import { Field } from '../../../components/Field'
import { fieldError } from '../../../lib/autosave'
import { useSaver } from '../session-context'

interface InlineTextFieldProps {
  /** The accessible name, e.g. "Challenge". */
  label: string
  /** Key of the autosaver, unique in the session (e.g. `challenge:12:text`). */
  saverKey: string
  value: string
  maxLength: number
  /** Said when the text is cleared; an empty text is never saved. Omit for optional fields. */
  emptyMessage?: string
  /** The API field the server names in its errors. */
  field: string
  placeholder?: string
  onLocalChange: (value: string) => void
  save: (value: string) => Promise<unknown>
}

/**
 * A line of an item's text, edited in place and saved as you type (flushed on blur). A required
 * text cleared by mistake is never saved: the last saved text stays until it has words again.
 */
export function InlineTextField({ label, saverKey, value, maxLength, emptyMessage, field, placeholder, onLocalChange, save }: InlineTextFieldProps) {
  const [emptyError, setEmptyError] = useState<string>()
  const { saver, snapshot } = useSaver<string>(saverKey, () => ({ save: async (text) => void (await save(text)) }))
  return (
    <Field label={label} error={emptyError ?? fieldError(snapshot.error, field)} hideLabel>
      <textarea
        rows={1}
        className="textarea--line item__edit"
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        onKeyDown={(event) => {
          // One line: Enter keeps the text as it is (it is saved as you type).
          if (event.key === 'Enter' && !event.shiftKey) event.preventDefault()
        }}
        onChange={(event) => {
          const text = event.target.value.replace(/\n/g, ' ')
          onLocalChange(text)
          if (emptyMessage && text.trim() === '') {
            saver.discard()
            setEmptyError(emptyMessage)
            return
          }
          setEmptyError(undefined)
          saver.schedule(text.trim())
        }}
        onBlur={() => void saver.flush()}
      />
    </Field>
  )
}

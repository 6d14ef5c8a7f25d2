import { useState, type FormEvent } from 'react'
import type { ApiError } from '@shared/api-error'
import { asApiError } from './use-query'

/**
 * Submitting an add/edit form: `save` runs with the form's values and its result goes to
 * `onSaved`; a refusal is kept as `error`, its field errors shown by `fieldError(name)`, and
 * focus moves to the first field the error names so keyboard users land on it.
 */
export function useFormSave<Saved>(save: () => Promise<Saved>, onSaved: (saved: Saved) => void) {
  const [error, setError] = useState<ApiError>()
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSaving(true)
    setError(undefined)
    const form = event.currentTarget
    try {
      onSaved(await save())
    } catch (caught) {
      const apiError = asApiError(caught)
      setError(apiError)
      const first = Object.keys(apiError.fieldErrors ?? {})[0]
      if (first) requestAnimationFrame(() => (form.querySelector(`[name="${first}"]`) as HTMLElement | null)?.focus())
    } finally {
      setSaving(false)
    }
  }

  return { error, saving, submit, fieldError: (name: string) => error?.fieldErrors?.[name] }
}

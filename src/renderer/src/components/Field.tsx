import { useId, type ReactElement, cloneElement } from 'react'

interface FieldProps {
  label: string
  error?: string | undefined
  hint?: string
  /** Keeps the label for assistive technology only (the context already shows what it is). */
  hideLabel?: boolean
  children: ReactElement<Record<string, unknown>>
}

/** A labelled form control with its error shown right next to it and announced. */
export function Field({ label, error, hint, hideLabel, children }: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && !error && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

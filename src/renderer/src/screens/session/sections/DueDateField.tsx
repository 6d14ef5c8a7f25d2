import { useId } from 'react'
import { InlineConfirm } from '../../../components/InlineConfirm'

interface DueDateFieldProps {
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  error?: string | undefined
  /** Set while a past date waits for "keep it?". */
  confirmingPast: boolean
  onKeepPast: () => void
  onRejectPast: () => void
  label?: string
}

/** A due date; a date in the past is asked about in place before it is used. */
export function DueDateField({ value, onChange, onBlur, error, confirmingPast, onKeepPast, onRejectPast, label = 'Due' }: DueDateFieldProps) {
  const id = useId()
  return (
    <div className={`field field--date${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      {confirmingPast && (
        <InlineConfirm message="This date is in the past — keep it?" confirmLabel="Keep it" cancelLabel="Change the date" onConfirm={onKeepPast} onCancel={onRejectPast} />
      )}
    </div>
  )
}

import { useEffect, useRef } from 'react'

interface InlineConfirmProps {
  message: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
}

/** A question asked in place (never window.confirm): the confirm button takes focus. */
export function InlineConfirm({ message, confirmLabel, cancelLabel, onConfirm, onCancel }: InlineConfirmProps) {
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    confirmRef.current?.focus()
  }, [])
  return (
    <div className="inline-confirm" role="group" aria-label={message}>
      <p>{message}</p>
      <button ref={confirmRef} type="button" className="button button--small button--primary" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  )
}

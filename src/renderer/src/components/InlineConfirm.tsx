import { useEffect, useRef, type KeyboardEvent } from 'react'

interface InlineConfirmProps {
  message: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
  /** The confirmation destroys something: its confirm button is the red one. */
  danger?: boolean
}

/** A question asked in place (never window.confirm): the confirm button takes focus; Escape cancels. */
export function InlineConfirm({ message, confirmLabel, cancelLabel, onConfirm, onCancel, danger = false }: InlineConfirmProps) {
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    confirmRef.current?.focus()
  }, [])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    onCancel()
  }

  return (
    <div className={`inline-confirm${danger ? ' inline-confirm--danger' : ''}`} role="group" aria-label={message} onKeyDown={onKeyDown}>
      <p>{message}</p>
      <button ref={confirmRef} type="button" className={`button button--small ${danger ? 'button--danger' : 'button--primary'}`} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  )
}

/**
 * A ref for the button that opens a confirmation: it has the focus back once the question is
 * answered "no" (or Escape), instead of the focus falling to the page.
 */
export function useFocusBackAfterConfirm<T extends HTMLElement>(confirming: boolean) {
  const trigger = useRef<T>(null)
  const wasConfirming = useRef(confirming)
  useEffect(() => {
    if (wasConfirming.current && !confirming) trigger.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])
  return trigger
}

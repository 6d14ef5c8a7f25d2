import { useEffect, useState } from 'react'
import { api } from '../api'
import { hrefFor, navigate } from '../lib/router'
import { dismissUndo, useUndoOffer, type UndoOffer } from '../lib/undo'
import { asApiError } from '../lib/use-query'

export const UNDO_VISIBLE_MS = 30_000

/** "Dana was moved to the Trash. [Undo]": shown after a delete, for a while or until dismissed. */
export function UndoToast() {
  const offer = useUndoOffer()
  const [failure, setFailure] = useState<{ offer: UndoOffer; message: string } | null>(null)
  const error = failure && failure.offer === offer ? failure.message : ''

  useEffect(() => {
    if (!offer) return
    const timer = setTimeout(dismissUndo, UNDO_VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [offer])

  if (!offer) return null

  async function undo() {
    if (!offer) return
    try {
      const restored = await api['trash.restore']({ id: offer.entry.id })
      dismissUndo()
      if (offer.returnTo) navigate(offer.returnTo)
      else if (restored.kind === 'rep') navigate({ screen: 'rep', repId: restored.itemId })
      else window.location.reload()
    } catch (caught) {
      setFailure({ offer, message: asApiError(caught).message })
    }
  }

  return (
    <div className="undo-toast" role="status" aria-live="polite">
      <p>{error || offer.message}</p>
      <button type="button" className="button button--small button--primary" onClick={() => void undo()}>
        Undo
      </button>
      <a className="undo-toast__link" href={hrefFor({ screen: 'trash' })} onClick={dismissUndo}>
        Open Trash
      </a>
      <button type="button" className="button button--small button--ghost" onClick={dismissUndo} aria-label="Dismiss this message">
        ×
      </button>
    </div>
  )
}

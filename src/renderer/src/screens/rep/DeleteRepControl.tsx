import { useState } from 'react'
import type { Rep } from '@shared/domain'
import { api } from '../../api'
import { InlineConfirm, useFocusBackAfterConfirm } from '../../components/InlineConfirm'
import { navigate } from '../../lib/router'
import { offerUndo } from '../../lib/undo'
import { asApiError } from '../../lib/use-query'

/** "Delete rep": asks first, moves the rep and all their records to the Trash, offers Undo. */
export function DeleteRepControl({ rep, onError }: { rep: Rep; onError: (error: ReturnType<typeof asApiError>) => void }) {
  const [confirming, setConfirming] = useState(false)
  const trigger = useFocusBackAfterConfirm<HTMLButtonElement>(confirming)

  async function remove() {
    try {
      const entry = await api['reps.delete']({ id: rep.id })
      offerUndo(entry, `${rep.name} and everything recorded with them were moved to the Trash.`)
      navigate({ screen: 'team' })
    } catch (error) {
      setConfirming(false)
      onError(asApiError(error))
    }
  }

  if (confirming) {
    return (
      <InlineConfirm
        message={`Delete ${rep.name} with all their 1:1s, goals and agreements? You can undo this, or restore from the Trash.`}
        confirmLabel="Delete"
        cancelLabel="Keep"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    )
  }
  return (
    <button ref={trigger} type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
      Delete rep
    </button>
  )
}

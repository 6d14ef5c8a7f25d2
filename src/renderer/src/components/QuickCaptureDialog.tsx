import { useRef, useState } from 'react'
import { api } from '../api'
import { getCurrentRepId } from '../lib/current-rep'
import { useQuery } from '../lib/use-query'
import { Dialog } from './Dialog'
import { Field } from './Field'
import { ErrorBanner } from './StatusMessage'
import { TalkingPointForm } from './TalkingPointForm'

interface QuickCaptureDialogProps {
  open: boolean
  onClose: () => void
  onAdded: (message: string) => void
}

/** Ctrl/Cmd+Shift+J from anywhere: jot a talking point for a rep's next 1:1. */
export function QuickCaptureDialog({ open, onClose, onAdded }: QuickCaptureDialogProps) {
  return (
    <Dialog title="Jot a talking point" open={open} onClose={onClose}>
      {open && <QuickCaptureForm onAdded={onAdded} />}
    </Dialog>
  )
}

function QuickCaptureForm({ onAdded }: { onAdded: (message: string) => void }) {
  const team = useQuery(() => api['reps.list']({ includeArchived: false }), 'quick-capture-team')
  // Only the rep on screen (Rep screen, 1:1) is preselected: anywhere else a default would put
  // the point on some rep's agenda the manager never picked.
  const [chosen, setChosen] = useState<number | null>(() => getCurrentRepId())
  const [repError, setRepError] = useState<string>()
  const repSelect = useRef<HTMLSelectElement>(null)
  const reps = team.data ?? []
  const repId = reps.some((rep) => rep.id === chosen) ? chosen : null
  const repName = reps.find((rep) => rep.id === repId)?.name ?? 'the rep'

  return (
    <div className="form">
      <ErrorBanner error={team.error} onRetry={team.reload} />
      {team.data && reps.length === 0 ? (
        <p className="empty">Add a rep first: talking points belong to a rep’s next 1:1.</p>
      ) : (
        <TalkingPointForm
          repId={repId}
          autoFocus
          onAdded={() => onAdded(`Added to ${repName}’s next 1:1.`)}
          onNoRep={() => {
            setRepError('Choose the rep this talking point is for.')
            repSelect.current?.focus()
          }}
          before={
            <Field label="Rep" error={repError}>
              <select
                ref={repSelect}
                value={repId ?? ''}
                onChange={(event) => {
                  setChosen(event.target.value === '' ? null : Number(event.target.value))
                  setRepError(undefined)
                }}
              >
                {repId === null && <option value="">Choose a rep…</option>}
                {reps.map((rep) => (
                  <option key={rep.id} value={rep.id}>
                    {rep.name}
                  </option>
                ))}
              </select>
            </Field>
          }
        />
      )}
    </div>
  )
}

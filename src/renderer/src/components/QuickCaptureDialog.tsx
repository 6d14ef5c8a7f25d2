import { useState } from 'react'
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
  const [chosen, setChosen] = useState<number | null>(() => getCurrentRepId())
  const reps = team.data ?? []
  const repId = reps.some((rep) => rep.id === chosen) ? chosen : (reps[0]?.id ?? null)
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
          before={
            <Field label="Rep">
              <select value={repId ?? ''} onChange={(event) => setChosen(Number(event.target.value))}>
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

import { SAVE_STATUS_TEXT, useOverallSaveStatus } from '../lib/save-status'

/** "Saving…", "Saved" or a plain failure, announced politely. */
export function SaveIndicator() {
  const status = useOverallSaveStatus()
  return (
    <p className={`save-indicator save-indicator--${status}`} role="status" aria-live="polite" data-save-status={status}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {SAVE_STATUS_TEXT[status]}
    </p>
  )
}

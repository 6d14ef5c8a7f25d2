import type { ReactNode } from 'react'
import type { ApiError } from '@shared/api-error'

export function ErrorBanner({ error, onRetry }: { error: ApiError | undefined; onRetry?: () => void }) {
  if (!error) return null
  return (
    <div className="banner banner--error" role="alert">
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}

export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  )
}

/** What an action just did ("… was restored."), with an optional next step; nothing when there is no message. */
export function SuccessBanner({ message, action }: { message: string | undefined; action?: ReactNode }) {
  if (!message) return null
  return (
    <p className="banner banner--success" role="status">
      {action ? (
        <>
          <span>{message}</span>
          {action}
        </>
      ) : (
        message
      )}
    </p>
  )
}

import type { Session } from '@shared/domain'
import { formatTimestamp } from '../../lib/dates'
import { hrefFor } from '../../lib/router'

/** A completed 1:1 can still be corrected; this says so, and when it was last edited. */
export function CompletedBanner({ session }: { session: Session }) {
  return (
    <div className="banner banner--info">
      <p>
        Completed on {formatTimestamp(session.completedAt)}
        {session.editedAfterCompletionAt && <> · last edited {formatTimestamp(session.editedAfterCompletionAt)}</>}. Corrections are saved as you type.
      </p>
      <a className="button button--small" href={hrefFor({ screen: 'session', sessionId: session.id, view: 'summary' })}>
        View summary
      </a>
    </div>
  )
}

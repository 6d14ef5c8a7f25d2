import { useEffect, useState, type ReactNode } from 'react'
import { api, onDatabaseUnavailable } from '../../api'
import { Loading } from '../../components/StatusMessage'
import { takeArrived, takePrefetched } from '../../lib/prefetch'
import { afterFirstScreen } from '../../lib/screen-ready'
import { startUpQueries } from '../../lib/start-up'
import type { RecoveryStatus } from '@shared/recovery'
import { RecoveryScreen } from './RecoveryScreen'

/**
 * Shows the app when its data file opened, the recovery screen when it did not: never a blank
 * window. The page-by-page check of the file starts after the first screen (`recovery.check`, in a
 * worker thread in main) and brings the recovery screen up if it finds damage; so does any later answer that the data is
 * unavailable.
 */
/** How often to ask whether the background integrity check has finished. */
const CHECK_POLL_MS = 500

/** The status start-up asked for, if it has answered: the first render is then the app (or the recovery screen) at once. */
function statusFromStartUp(): RecoveryStatus | null {
  const outcome = takeArrived<RecoveryStatus>(startUpQueries.recoveryStatus.key)
  if (!outcome) return null
  return outcome.ok ? outcome.value : { needed: false }
}

export function RecoveryGate({ children }: { children: ReactNode }) {
  const [initialStatus] = useState(statusFromStartUp)
  const [status, setStatus] = useState<RecoveryStatus | null>(initialStatus)

  useEffect(() => {
    let cancelled = false
    if (!initialStatus) {
      const answer = takePrefetched<RecoveryStatus>(startUpQueries.recoveryStatus.key)?.answer ?? api['recovery.status']({})
      answer.then(
        (status) => !cancelled && setStatus(status),
        // A host that cannot answer at all still shows the app, whose screens report the error.
        () => !cancelled && setStatus({ needed: false })
      )
    }
    // The check runs once per file, in the background: asking again reads whether it is still
    // reading the file, then its outcome.
    let again: ReturnType<typeof setTimeout> | undefined
    const check = () =>
      api['recovery.check']({}).then(
        (answer) => {
          if (cancelled) return
          if (answer.needed) setStatus(answer)
          else if (answer.checking) {
            clearTimeout(again)
            again = setTimeout(() => void check(), CHECK_POLL_MS)
          }
        },
        () => undefined
      )
    const stop = onDatabaseUnavailable(() => void check())
    const stopWaiting = afterFirstScreen(() => void check())
    return () => {
      cancelled = true
      clearTimeout(again)
      stop()
      stopWaiting()
    }
  }, [initialStatus])

  if (!status) return <Loading label="Opening your data…" />
  if (status.needed) return <RecoveryScreen status={status} onRecovered={() => window.location.reload()} />
  return <>{children}</>
}

import { useEffect, useState, type ReactNode } from 'react'
import { api } from '../../api'
import { Loading } from '../../components/StatusMessage'
import type { RecoveryStatus } from '../../../../shared/recovery'
import { RecoveryScreen } from './RecoveryScreen'

/** Shows the app when its data file opened, the recovery screen when it did not: never a blank window. */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RecoveryStatus | null>(null)

  useEffect(() => {
    let cancelled = false
    api['recovery.status']({}).then(
      (answer) => !cancelled && setStatus(answer),
      // A host that cannot answer at all still shows the app, whose screens report the error.
      () => !cancelled && setStatus({ needed: false })
    )
    return () => {
      cancelled = true
    }
  }, [])

  if (!status) return <Loading label="Opening your data…" />
  if (status.needed) return <RecoveryScreen status={status} onRecovered={() => window.location.reload()} />
  return <>{children}</>
}

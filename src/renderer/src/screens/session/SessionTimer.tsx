import { useEffect, useState } from 'react'
import type { Session } from '@shared/domain'
import { formatElapsed, formatMinutes } from '../../lib/dates'

/** mm:ss since the 1:1 started, beside the target length; the duration once completed. */
export function SessionTimer({ session, openedAt, targetMinutes }: { session: Session; openedAt: number; targetMinutes: number }) {
  const running = session.status !== 'completed'
  const startedAt = session.startedAt ? Date.parse(session.startedAt) : openedAt
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [running])

  if (!running) {
    return <p className="session-timer">{session.durationSeconds === null ? 'Duration not recorded' : `Took ${formatMinutes(session.durationSeconds)}`}</p>
  }
  const elapsed = Math.max(0, (now - startedAt) / 1000)
  const over = elapsed > targetMinutes * 60
  return (
    <p className={`session-timer${over ? ' is-over' : ''}`}>
      <span className="visually-hidden">Time since the 1:1 started: </span>
      <span role="timer" className="session-timer__clock">
        {formatElapsed(elapsed)}
      </span>
      <span className="session-timer__target"> / {targetMinutes} min</span>
    </p>
  )
}

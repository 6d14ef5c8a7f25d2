import { useEffect, useState } from 'react'
import type { TalkingPoint } from '@shared/domain'
import { api } from '../../api'
import { ErrorBanner } from '../../components/StatusMessage'
import { TalkingPointForm } from '../../components/TalkingPointForm'
import { TALKING_POINT_ADDED, type TalkingPointAddedDetail } from '../../lib/current-rep'
import { trackWrite } from '../../lib/save-status'
import { asApiError, useQuery } from '../../lib/use-query'
import { repQueries } from './rep-queries'

/** What to raise in the next 1:1, jotted between 1:1s. */
export function TalkingPointsPanel({ repId }: { repId: number }) {
  const pointsQuery = repQueries.talkingPoints(repId)
  const points = useQuery(pointsQuery.load, pointsQuery.key)
  const [error, setError] = useState<ReturnType<typeof asApiError>>()
  const { reload } = points

  useEffect(() => {
    const onAdded = (event: Event) => {
      if ((event as CustomEvent<TalkingPointAddedDetail>).detail.repId === repId) reload()
    }
    window.addEventListener(TALKING_POINT_ADDED, onAdded)
    return () => window.removeEventListener(TALKING_POINT_ADDED, onAdded)
  }, [repId, reload])

  async function remove(point: TalkingPoint) {
    setError(undefined)
    try {
      await trackWrite(api['talkingPoints.remove']({ id: point.id }))
      reload()
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  const list = points.data ?? []
  return (
    <section className="panel" aria-labelledby="talking-points-title">
      <h2 id="talking-points-title">Talking points for the next 1:1</h2>
      <ErrorBanner error={points.error ?? error} onRetry={points.error ? reload : undefined} />
      {points.data && list.length === 0 && <p className="empty">Nothing yet. Jot what you want to raise — it will be on the next 1:1’s agenda.</p>}
      {list.length > 0 && (
        <ul className="point-list">
          {list.map((point) => (
            <li key={point.id}>
              <span className="point-list__text">{point.text}</span>
              <span className="point-list__meta">
                {point.raisedBy === 'rep' && <span className="owner owner--rep">Raised by rep</span>}
                {point.carriedOverCount > 0 && <span className="badge badge--carried">Carried over {point.carriedOverCount}×</span>}
                <button type="button" className="button button--ghost button--small" onClick={() => remove(point)} aria-label={`Remove talking point “${point.text}”`}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <TalkingPointForm repId={repId} compact label="Add a talking point" onAdded={() => undefined} />
    </section>
  )
}

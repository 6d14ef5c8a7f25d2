import type { PulsePoint } from '@shared/domain'
import { formatDate } from '../lib/dates'

/** The pulse of the last 1:1s (1–5) as a small inline chart, with the values as text beside it. */
export function PulseSparkline({ points }: { points: PulsePoint[] }) {
  const rated = points.filter((point): point is PulsePoint & { pulse: number } => point.pulse !== null)
  if (rated.length === 0) return <p className="empty">No pulse recorded yet.</p>
  const width = 160
  const height = 40
  const step = rated.length > 1 ? (width - 8) / (rated.length - 1) : 0
  const y = (pulse: number) => 4 + ((5 - pulse) / 4) * (height - 8)
  const coords = rated.map((point, index) => [4 + index * step, y(point.pulse)] as const)
  const description = rated.map((point) => `${formatDate(point.date)}: ${point.pulse}`).join(', ')
  return (
    <div className="sparkline">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Pulse of the last ${rated.length} 1:1s, oldest first: ${description}`}>
        <polyline points={coords.map(([x, yy]) => `${x},${yy}`).join(' ')} fill="none" stroke="currentColor" strokeWidth="2" />
        {coords.map(([x, yy], index) => (
          <circle key={index} cx={x} cy={yy} r="3" fill="currentColor" />
        ))}
      </svg>
      <span className="sparkline__values" aria-hidden="true">
        {rated.map((point) => point.pulse).join(' → ')}
      </span>
    </div>
  )
}

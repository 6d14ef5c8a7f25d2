import type { GoalProgress } from '@shared/domain'
import { formatDate } from '../../../lib/dates'
import { formatMetricValue } from '../../../lib/goals'

const WIDTH = 360
const HEIGHT = 150
const PAD = 10

/**
 * A goal's values over time against its target and the pace needed to reach it. Values from 1:1s
 * are dots, imported ones squares; the chart's text alternative lists every point with its source.
 * `running`: false for a closed goal, which has no “expected today”.
 */
export function GoalChart({ progress, running = true }: { progress: GoalProgress; running?: boolean }) {
  const { checkIns, pace, goal, currency } = progress
  if (checkIns.length === 0 && !pace) return <p className="empty">No check-ins yet. Values come from 1:1s and CSV imports.</p>
  const money = (value: number) => formatMetricValue(value, goal.unit, currency)
  const dates = [...checkIns.map((point) => point.date), ...(pace ? [pace.from.date, pace.to.date] : [])].map((date) => Date.parse(date))
  const values = [...checkIns.map((point) => point.value), ...(pace ? [pace.from.value, pace.to.value] : []), ...(goal.target !== null ? [goal.target] : [])]
  const minX = Math.min(...dates)
  const maxX = Math.max(...dates, minX + 1)
  const minY = Math.min(...values, 0)
  const maxY = Math.max(...values, minY + 1)
  const x = (date: string) => PAD + ((Date.parse(date) - minX) / (maxX - minX)) * (WIDTH - 2 * PAD)
  const y = (value: number) => HEIGHT - PAD - ((value - minY) / (maxY - minY)) * (HEIGHT - 2 * PAD)
  const imported = checkIns.filter((point) => point.source === 'import')
  const fromSessions = checkIns.filter((point) => point.source === 'session')
  const label =
    `Values of ${goal.title}: ` +
    (checkIns.length
      ? checkIns.map((point) => `${formatDate(point.date)} ${money(point.value)} (${point.source === 'import' ? 'imported' : 'from a 1:1'})`).join(', ')
      : 'none yet') +
    (goal.target !== null ? `. Target ${money(goal.target)}` : '') +
    (pace ? `. Pace needed: from ${money(pace.from.value)} on ${formatDate(pace.from.date)} to ${money(pace.to.value)} on ${formatDate(pace.to.date)}.` : '.')
  return (
    <figure className="goal-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label}>
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} className="goal-chart__bg" />
        {goal.target !== null && <line x1={PAD} x2={WIDTH - PAD} y1={y(goal.target)} y2={y(goal.target)} className="goal-chart__target" />}
        {pace && <line x1={x(pace.from.date)} y1={y(pace.from.value)} x2={x(pace.to.date)} y2={y(pace.to.value)} className="goal-chart__pace" />}
        {checkIns.length > 1 && <polyline points={checkIns.map((point) => `${x(point.date)},${y(point.value)}`).join(' ')} className="goal-chart__line" />}
        {fromSessions.map((point) => (
          <circle key={point.id} cx={x(point.date)} cy={y(point.value)} r="4" className="goal-chart__point" data-source="session" />
        ))}
        {imported.map((point) => (
          <rect key={point.id} x={x(point.date) - 4} y={y(point.value) - 4} width="8" height="8" className="goal-chart__point goal-chart__point--imported" data-source="import" />
        ))}
      </svg>
      <figcaption className="goal-chart__legend muted">
        <span className="legend legend--session">From 1:1s</span>
        <span className="legend legend--imported">Imported</span>
        <span className="legend legend--pace">Pace needed</span>
        {goal.target !== null && <span className="legend legend--target">Target {money(goal.target)}</span>}
        {pace && running && <span>Expected today: {money(pace.expectedToday)}</span>}
      </figcaption>
    </figure>
  )
}

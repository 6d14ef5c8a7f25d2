import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import type { TimelineEntry } from '@shared/domain'
import { api } from '../../api'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { formatDate, formatDateTime, formatMinutes } from '../../lib/dates'
import { plural, SESSION_STATUS_LABELS } from '../../lib/labels'
import { hrefFor } from '../../lib/router'
import { asApiError, useQuery } from '../../lib/use-query'

const PAGE_SIZE = 50
/** Load the next page once the last rendered row is this close to the end of what is loaded. */
const LOAD_AHEAD_ROWS = 15
const ESTIMATED_ROW_HEIGHT = 41

interface LoadedPages {
  items: TimelineEntry[]
  nextCursor: string | null
}

/**
 * 1:1s newest first. The list is virtualized against the page scroll (only the rows near the
 * viewport exist in the DOM, so five years of weekly 1:1s scroll as lightly as five), and older
 * pages load as the end comes into view. A row expands in place; its height is measured again.
 */
export function TimelineTab({ repId }: { repId: number }) {
  const first = useQuery(() => api['reps.timeline']({ repId, limit: PAGE_SIZE }), `timeline-${repId}`)
  const [older, setOlder] = useState<LoadedPages | null>(null)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const [olderError, setOlderError] = useState<ReturnType<typeof asApiError>>()
  const items = [...(first.data?.items ?? []), ...(older?.items ?? [])]
  const cursor = older ? older.nextCursor : (first.data?.nextCursor ?? null)
  const loading = first.loading || loadingOlder
  const error = first.error ?? olderError

  const listRef = useRef<HTMLOListElement>(null)
  const requesting = useRef(false)
  const [listTop, setListTop] = useState(0)
  useLayoutEffect(() => {
    const measure = () => setListTop((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY)
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [first.data])

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    scrollMargin: listTop,
    getItemKey: (index) => items[index]?.id ?? index,
    // Sizes come from the ResizeObserver (which reports each new row once it is laid out) rather
    // than from reading each row's box as it is added: those reads forced a layout per row and
    // made long tasks while scrolling. Until its report arrives a row keeps its last known size.
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0]
      if (box) return Math.round(box.blockSize)
      const index = instance.indexFromElement(element)
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ESTIMATED_ROW_HEIGHT
    },
    // Scrolling is the external event that asks for older 1:1s.
    onChange: (instance) => {
      const lastRendered = instance.getVirtualItems().at(-1)?.index ?? -1
      if (lastRendered >= items.length - LOAD_AHEAD_ROWS && cursor && !first.loading && !olderError) void loadOlder(cursor)
    }
  })
  const rows = virtualizer.getVirtualItems()

  async function loadOlder(before: string) {
    if (requesting.current) return
    requesting.current = true
    setLoadingOlder(true)
    setOlderError(undefined)
    try {
      const page = await api['reps.timeline']({ repId, limit: PAGE_SIZE, before })
      setOlder((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }))
    } catch (caught) {
      setOlderError(asApiError(caught))
    } finally {
      requesting.current = false
      setLoadingOlder(false)
    }
  }

  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <p className="muted" aria-live="polite">
        {items.length === 0 ? '' : cursor ? `${plural(items.length, '1:1')} loaded, newest first; older ones load as you scroll.` : `${plural(items.length, '1:1')}, newest first.`}
      </p>
      <ErrorBanner error={error} onRetry={olderError && cursor ? () => void loadOlder(cursor) : first.reload} />
      {!loading && items.length === 0 && !error && <p className="empty">No 1:1s yet.</p>}
      {/* Row positions come from the virtualizer; React writes them through the CSSOM, which the CSP allows. */}
      <ol ref={listRef} className="timeline timeline--virtual" style={{ height: virtualizer.getTotalSize() }} aria-label={`1:1s, newest first`}>
        {rows.map((row) => {
          const entry = items[row.index]!
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-posinset={row.index + 1}
              aria-setsize={cursor ? -1 : items.length}
              style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
            >
              <TimelineRow entry={entry} />
            </li>
          )
        })}
      </ol>
      {loading && <Loading label="Loading 1:1s…" />}
      {!loading && cursor && (
        <button type="button" className="button" onClick={() => void loadOlder(cursor)}>
          Load older 1:1s
        </button>
      )}
    </section>
  )
}

function TimelineRow({ entry }: { entry: TimelineEntry }) {
  return (
    <details>
      <summary>
        <span className="timeline__date">{formatDateTime(entry.scheduledAt)}</span>
        <span className={`status status--${entry.status}`}>{SESSION_STATUS_LABELS[entry.status]}</span>
        <span className="muted">{entry.pulse !== null ? `Pulse ${entry.pulse}/5` : ''}</span>
        <span className="timeline__excerpt">{entry.notesExcerpt}</span>
      </summary>
      <div className="timeline__body">
        <p>
          {entry.templateName}
          {entry.durationSeconds !== null && ` · ${formatMinutes(entry.durationSeconds)}`} · {plural(entry.counts.agreementsCreated, 'agreement')} made,{' '}
          {entry.counts.agreementsReviewed} reviewed · {plural(entry.counts.challenges, 'challenge')} · {plural(entry.counts.recognitions, 'recognition')}
          {entry.hasPrivateNotes && ' · has private notes'}
        </p>
        {entry.notesExcerpt && <p className="muted">{entry.notesExcerpt}</p>}
        <a href={hrefFor({ screen: 'session', sessionId: entry.id, view: entry.status === 'completed' ? 'summary' : 'session' })}>Open the 1:1 of {formatDate(entry.date)}</a>
      </div>
    </details>
  )
}

import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

/** Up to this many rows a table renders them all (printing, find in page); past it, only those near the screen. */
export const VIRTUALIZE_ABOVE_ROWS = 40
const ESTIMATED_ROW_HEIGHT = 72
/** Rows kept rendered above and below the screen: Tab always finds the next row's buttons. */
const OVERSCAN_ROWS = 8

interface VirtualTableBodyProps<Item> {
  items: readonly Item[]
  columns: number
  keyOf: (item: Item) => number | string
  renderRow: (item: Item, measure: { ref: (element: HTMLTableRowElement | null) => void; index: number }) => ReactNode
}

/**
 * A table body that renders every row of a short list, and of a long one only the rows near the
 * screen, between two spacer rows that keep the table its full height (so the page scrolls as if
 * every row were there). Rows are measured as they are laid out (their height varies with the
 * window's width), by the ResizeObserver rather than by reading each row's box.
 */
export function VirtualTableBody<Item>({ items, columns, keyOf, renderRow }: VirtualTableBodyProps<Item>) {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const [bodyTop, setBodyTop] = useState(0)
  const virtual = items.length > VIRTUALIZE_ABOVE_ROWS
  useLayoutEffect(() => {
    if (!virtual) return
    const measure = () => setBodyTop((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY)
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [virtual])

  const virtualizer = useWindowVirtualizer({
    count: virtual ? items.length : 0,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    scrollMargin: bodyTop,
    getItemKey: (index) => keyOf(items[index]!),
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0]
      if (box) return Math.round(box.blockSize)
      const index = instance.indexFromElement(element)
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ESTIMATED_ROW_HEIGHT
    }
  })

  if (!virtual) {
    return <tbody ref={bodyRef}>{items.map((item, index) => renderRow(item, { ref: () => undefined, index }))}</tbody>
  }
  const rows = virtualizer.getVirtualItems()
  const top = rows.length > 0 ? rows[0]!.start - virtualizer.options.scrollMargin : 0
  const bottom = rows.length > 0 ? virtualizer.getTotalSize() - (rows.at(-1)!.end - virtualizer.options.scrollMargin) : 0
  return (
    <tbody ref={bodyRef}>
      {/* Spacer heights come from the virtualizer; React writes them through the CSSOM, which the CSP allows. */}
      {top > 0 && (
        <tr aria-hidden="true" className="virtual-spacer">
          <td colSpan={columns} style={{ height: top }} />
        </tr>
      )}
      {rows.map((row) => renderRow(items[row.index]!, { ref: virtualizer.measureElement, index: row.index }))}
      {bottom > 0 && (
        <tr aria-hidden="true" className="virtual-spacer">
          <td colSpan={columns} style={{ height: bottom }} />
        </tr>
      )}
    </tbody>
  )
}

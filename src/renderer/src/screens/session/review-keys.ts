import type { KeyboardEvent } from 'react'
import { matches } from '../../lib/shortcuts'

/** Marks an element as one item of a review list: J/K move between these, in the order on screen. */
export const REVIEW_ITEM = { 'data-review-item': '', tabIndex: -1 } as const

function reviewItems(scope: Element): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('[data-review-item]')]
}

function focusItem(item: HTMLElement | undefined): boolean {
  if (!item) return false
  item.focus()
  item.scrollIntoView({ block: 'nearest' })
  return true
}

/** Moves the focus to the review item after (or before) `from`'s item within `scope`; false at the end. */
export function moveToReviewItem(scope: Element, from: Element, step: 1 | -1): boolean {
  const items = reviewItems(scope)
  const current = items.findIndex((item) => item.contains(from))
  if (current < 0) return focusItem(step > 0 ? items[0] : items.at(-1))
  return focusItem(items[current + step])
}

/** J/K on a section: the next or previous item of its review lists (not while typing: the matchers check). */
export function onReviewListKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.defaultPrevented) return
  const step = matches('nextItem', event.nativeEvent) ? 1 : matches('previousItem', event.nativeEvent) ? -1 : 0
  if (step === 0 || !(event.target instanceof Element)) return
  if (reviewItems(event.currentTarget).length === 0) return
  event.preventDefault()
  moveToReviewItem(event.currentTarget, event.target, step)
}

/** After D/C/X on an item: on to the next one (the section is the scope). */
export function moveOnFrom(item: Element): void {
  const scope = item.closest('.session-section') ?? document.body
  moveToReviewItem(scope, item, 1)
}

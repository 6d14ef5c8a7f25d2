// Remembers where the window was: restores saved bounds only when they are still on a visible
// display (a monitor may have been unplugged), and saves them, debounced, as the user moves or
// resizes the window, and once more when it closes.
import type { WindowBounds } from './preferences'

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 }
export const MIN_WINDOW_SIZE = { width: 760, height: 520 }

/** How much of the window (e.g. its title bar) must be on a display to count as visible. */
const MIN_VISIBLE = { width: 120, height: 60 }

function overlap(a: Area, b: Area): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  }
}

/** True when enough of `bounds` lies on one of the displays' work areas to grab it. */
export function isVisibleOnSomeDisplay(bounds: Area, workAreas: readonly Area[]): boolean {
  return workAreas.some((area) => {
    const shared = overlap(bounds, area)
    return shared.width >= Math.min(MIN_VISIBLE.width, bounds.width) && shared.height >= Math.min(MIN_VISIBLE.height, bounds.height)
  })
}

/** The saved bounds if they can be used as they are, otherwise null (use the default size, centred). */
export function restorableBounds(saved: WindowBounds | null, workAreas: readonly Area[]): WindowBounds | null {
  if (!saved) return null
  const numbers = [saved.x, saved.y, saved.width, saved.height]
  if (!numbers.every(Number.isFinite)) return null
  if (saved.width < MIN_WINDOW_SIZE.width || saved.height < MIN_WINDOW_SIZE.height) return null
  return isVisibleOnSomeDisplay(saved, workAreas) ? saved : null
}

/** The parts of a BrowserWindow the tracker uses. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown
  getNormalBounds(): Area
  isMaximized(): boolean
  isMinimized(): boolean
  isFullScreen(): boolean
}

export function currentBounds(window: TrackedWindow): WindowBounds {
  const { x, y, width, height } = window.getNormalBounds()
  return { x, y, width, height, maximized: window.isMaximized() || window.isFullScreen() }
}

/** Saves the window's bounds `delayMs` after the last move or resize, and at once on close. */
export function trackWindowBounds(window: TrackedWindow, save: (bounds: WindowBounds) => void, delayMs = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const saveNow = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    // A minimised window reports meaningless bounds on some platforms: keep the last good ones.
    if (!window.isMinimized()) save(currentBounds(window))
  }
  const saveSoon = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(saveNow, delayMs)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('close', saveNow)
  return () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
}

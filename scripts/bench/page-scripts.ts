// Functions that run inside the page (through page.evaluate, which sends their source text): each
// is self-contained, using nothing from this module. The Node project has no DOM types, so the few
// browser globals they use are declared here, for this module only.
interface Scroller {
  scrollTop: number
  scrollHeight: number
  clientHeight: number
}
declare const document: {
  scrollingElement: Scroller | null
  querySelectorAll(selector: string): Iterable<Scroller & { getAttribute(name: string): string | null }> & { length: number }
  body: { textContent: string | null }
}
declare const location: { hash: string }
declare function addEventListener(type: string, listener: () => void, options: { capture: boolean; once: boolean }): void
declare function requestAnimationFrame(callback: (now: number) => void): number

interface FrameRecorder {
  benchFrames: number[]
  benchLongTasks: number[]
  benchStop: boolean
}

/** Starts recording the interval between animation frames and every long task over `threshold` ms. */
export function startFrameRecorder(threshold: number): void {
  const state = globalThis as unknown as FrameRecorder
  state.benchFrames = []
  state.benchLongTasks = []
  state.benchStop = false
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > threshold) state.benchLongTasks.push(entry.duration)
  }).observe({ type: 'longtask' as 'mark' })
  let last = performance.now()
  const tick = (now: number) => {
    state.benchFrames.push(now - last)
    last = now
    if (!state.benchStop) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/** Stops recording; `entries` is how many 1:1s the list holds (its rows carry aria-posinset), `inDom` how many rows exist. */
export function stopFrameRecorder(): { frames: number[]; longTasks: number[]; entries: number; inDom: number } {
  const state = globalThis as unknown as FrameRecorder
  state.benchStop = true
  const rows = [...document.querySelectorAll('.timeline > li')]
  const entries = rows.reduce((most, row) => Math.max(most, Number(row.getAttribute('aria-posinset') ?? 0)), 0)
  return { frames: state.benchFrames.slice(1), longTasks: state.benchLongTasks, entries: entries || rows.length, inDom: rows.length }
}

/** Scrolls everything that scrolls to its end, a screen at a time, one frame apart; returns the total scroll height. */
export async function scrollEverythingToEnd(): Promise<number> {
  const candidates = [document.scrollingElement, ...document.querySelectorAll('main, .timeline, [data-virtual-scroller]')]
  const scrollers = candidates.filter((element): element is Scroller => element !== null && element.scrollHeight > element.clientHeight)
  for (const scroller of scrollers) {
    while (scroller.scrollTop < scroller.scrollHeight - scroller.clientHeight - 1) {
      const before = scroller.scrollTop
      scroller.scrollTop = before + 600
      await new Promise((resolve) => requestAnimationFrame(resolve))
      if (scroller.scrollTop === before) break
    }
  }
  return scrollers.reduce((sum, scroller) => sum + scroller.scrollHeight, 0)
}

export function timelineSettled(): boolean {
  return !(document.body.textContent?.includes('Loading 1:1s…') ?? false)
}

export function goTo(hash: string): void {
  location.hash = hash
}

/**
 * Marks `bench:click` when the next click event arrives, as Interaction to Next Paint times a
 * click from its event (the app may start loading earlier, on pointerdown, which is its gain).
 */
export function markNextClick(): void {
  addEventListener('click', () => performance.mark('bench:click'), { capture: true, once: true })
}

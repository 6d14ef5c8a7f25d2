import { useEffect } from 'react'

/**
 * Adds the performance mark `kept:screen-ready:NAME` once the screen's data has rendered and that
 * frame has been painted (the timeout after the animation frame runs after paint). `npm run bench`
 * reads these marks to time each screen from navigation start.
 */
export function useScreenReadyMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => performance.mark(`kept:screen-ready:${name}`), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [name, ready])
}

/** Longest wait for a screen's ready mark (screens without one, such as Settings). */
const FIRST_SCREEN_WAIT_MS = 2000

/**
 * Runs `then` once the first screen has painted (its `kept:screen-ready:*` mark), or after a
 * short wait, for work that must not hold that screen back. Returns a function that cancels it.
 */
export function afterFirstScreen(then: () => void): () => void {
  let done = false
  const finish = () => {
    done = true
    observer.disconnect()
    clearTimeout(timer)
  }
  const run = () => {
    if (done) return
    finish()
    then()
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => entry.name.startsWith('kept:screen-ready:'))) setTimeout(run, 0)
  })
  observer.observe({ type: 'mark', buffered: true })
  const timer = setTimeout(run, FIRST_SCREEN_WAIT_MS)
  return finish
}

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

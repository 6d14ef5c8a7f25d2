// Which rep is on screen (the Rep screen or a 1:1), so quick capture can default to them.
import { useEffect } from 'react'

let currentRepId: number | null = null

export function getCurrentRepId(): number | null {
  return currentRepId
}

/** Marks a rep as the one on screen while the calling component is mounted. */
export function useCurrentRep(repId: number | null): void {
  useEffect(() => {
    currentRepId = repId
    return () => {
      if (currentRepId === repId) currentRepId = null
    }
  }, [repId])
}

/** Fired on window when a talking point was added from anywhere (quick capture, Team, Rep). */
export const TALKING_POINT_ADDED = 'kept:talking-point-added'

export interface TalkingPointAddedDetail {
  repId: number
}

export function announceTalkingPointAdded(repId: number): void {
  window.dispatchEvent(new CustomEvent<TalkingPointAddedDetail>(TALKING_POINT_ADDED, { detail: { repId } }))
}

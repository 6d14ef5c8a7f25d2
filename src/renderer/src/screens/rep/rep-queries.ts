// What the Rep screen loads, named once, so the screen and the prefetch that starts it early (a
// pointer going down on a rep's link, or the screen's first render) ask with the same keys.
import { api } from '../../api'
import { prefetchQuery } from '../../lib/use-query'
import type { RepTab } from '../../lib/router'

export const repQueries = {
  detail: (repId: number) => ({ key: `rep-${repId}`, load: () => api['reps.get']({ id: repId }) }),
  brief: (repId: number) => ({ key: `brief-${repId}`, load: () => api['reps.brief']({ id: repId }) }),
  nudges: (repId: number) => ({ key: `nudges-${repId}`, load: () => api['nudges.list']({ repId }) }),
  talkingPoints: (repId: number) => ({ key: `talking-points-${repId}`, load: () => api['talkingPoints.listOpen']({ repId }) }),
  activeTemplates: () => ({ key: 'templates-active', load: () => api['templates.list']({ includeRetired: false }) })
}

/**
 * Starts every request the Rep screen makes on `tab` at once, rather than one after another as its
 * parts render; resolves once all have answered (start-up waits for that before the first render).
 */
export function prefetchRepScreen(repId: number, tab: RepTab = 'brief'): Promise<void> {
  const queries: Array<{ key: string; load: () => Promise<unknown> }> = [repQueries.detail(repId), repQueries.activeTemplates()]
  if (tab === 'brief') queries.push(repQueries.brief(repId), repQueries.nudges(repId), repQueries.talkingPoints(repId))
  return Promise.all(queries.map((query) => prefetchQuery(query.key, query.load))).then(() => undefined)
}

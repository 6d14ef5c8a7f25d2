// What the first screen needs, asked for the moment the page starts, while the app's own code is
// still loading: whether the data file is usable (recovery.status), the saved appearance and the
// first screen's data. The app mounts once they have arrived (or after a short wait), so its
// first render is the finished screen, not "Opening your data…" then a loading screen.
import { prefetchRepScreen } from '../screens/rep/rep-queries'
import { teamOverviewQuery } from '../screens/team/team-queries'
import { api } from '../api'
import { prefetchQuery } from './prefetch'
import { parseRoute } from './router'

export const startUpQueries = {
  recoveryStatus: { key: 'recovery-status', load: () => api['recovery.status']({}) },
  preferences: { key: 'preferences', load: () => api['preferences.get']({}) }
}

/**
 * Longest wait for those answers before mounting anyway (then the screens show their loading
 * states until the answers come): the data core answers them in milliseconds.
 */
export const MOUNT_WAIT_MS = 400

/** Starts every start-up request; resolves once all have answered, or after MOUNT_WAIT_MS. */
export function startFirstScreen(): Promise<void> {
  const asked = [prefetchQuery(startUpQueries.recoveryStatus.key, startUpQueries.recoveryStatus.load), prefetchQuery(startUpQueries.preferences.key, startUpQueries.preferences.load)]
  const route = parseRoute(window.location.hash)
  if (route.screen === 'team') asked.push(prefetchQuery(teamOverviewQuery.key, teamOverviewQuery.load))
  else if (route.screen === 'rep') asked.push(prefetchRepScreen(route.repId, route.tab))
  return Promise.race([Promise.all(asked), new Promise((resolve) => setTimeout(resolve, MOUNT_WAIT_MS))]).then(() => undefined)
}

// What the first screen needs, asked for while the page is still checking that its data file is
// usable (recovery.status), rather than after: the first screen then renders with its data in hand.
import { prefetchRepScreen } from '../screens/rep/rep-queries'
import { teamOverviewQuery } from '../screens/team/team-queries'
import { startLoadingAppearance } from './appearance'
import { parseRoute } from './router'
import { prefetchQuery } from './use-query'

export function prefetchFirstScreen(): void {
  startLoadingAppearance()
  const route = parseRoute(window.location.hash)
  if (route.screen === 'team') prefetchQuery(teamOverviewQuery.key, teamOverviewQuery.load)
  else if (route.screen === 'rep') prefetchRepScreen(route.repId, route.tab)
}

// What the Team screen loads, named once so a prefetch at start-up asks with the same key.
import { api } from '../../api'

// Archived reps are always loaded so the first-launch panel only shows when there are none at all.
export const teamOverviewQuery = { key: 'team', load: () => api['team.overview']({ includeArchived: true }) }

import type { Migration } from './types'

// The Team screen, the brief and the nudges read each rep's active goals (live, not archived).
// goals_by_rep (rep_id, status) also holds every archived goal, and archived goals keep their last
// status, so each read stepped over years of archived "off track" goals to check archived_at: a
// cost that grew with the years. This index holds only the live, unarchived goals.
const schema = /* sql */ `
CREATE INDEX goals_live_by_rep ON goals (rep_id, status) WHERE archived_at IS NULL AND deleted_at IS NULL;
`

export const liveGoalsIndex: Migration = {
  version: 9,
  name: 'performance: an index of the live, unarchived goals',
  up(db) {
    db.exec(schema)
  }
}

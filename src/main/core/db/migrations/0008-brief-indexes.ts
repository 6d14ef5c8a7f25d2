import type { Migration } from './types'

// What each recent 1:1 created (agreements by owner, recognitions) is counted for the brief, the
// nudges and the timeline. Indexes on the session alone made each count read every agreement and
// recognition row to check its owner and whether it is in the trash; with those columns in the
// index the counts come from the index. Each replaces the index it extends (same first column).
const schema = /* sql */ `
DROP INDEX agreements_by_created_session;
CREATE INDEX agreements_by_created_session_owner ON agreements (created_in_session_id, owner, deleted_at);
DROP INDEX recognitions_by_session;
CREATE INDEX recognitions_by_session_live ON recognitions (session_id, deleted_at);
`

export const briefIndexes: Migration = {
  version: 8,
  name: 'performance: covering indexes for what a 1:1 created',
  up(db) {
    db.exec(schema)
  }
}

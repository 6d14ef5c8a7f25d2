import type { Owner } from '@shared/domain'
import { OWNER_LABELS } from '../lib/labels'

/** "Rep" or "You": who owns an agreement. */
export function OwnerBadge({ owner, repName }: { owner: Owner; repName?: string }) {
  const title = owner === 'rep' ? `Owned by ${repName ?? 'the rep'}` : 'Owned by you'
  return (
    <span className={`owner owner--${owner}`} title={title}>
      <span className="visually-hidden">Owner: </span>
      {OWNER_LABELS[owner]}
    </span>
  )
}

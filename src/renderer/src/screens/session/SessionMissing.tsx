import { hrefFor } from '../../lib/router'

/** A 1:1 that is no longer there (deleted, or an old link): where it may be, and a way back. */
export function SessionMissing() {
  return (
    <section className="screen" aria-labelledby="session-missing">
      <h1 id="session-missing">1:1 not found</h1>
      <p>This 1:1 does not exist any more. If it was deleted, it is in the Trash until the trash is emptied.</p>
      <p>
        <a href={hrefFor({ screen: 'trash' })}>Open Trash</a> · <a href={hrefFor({ screen: 'team' })}>Back to Team</a>
      </p>
    </section>
  )
}

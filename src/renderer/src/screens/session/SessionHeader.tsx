import { DEFAULT_PREFERENCES } from '@shared/domain'
import { api } from '../../api'
import { Breadcrumb } from '../../components/Breadcrumb'
import { Keys } from '../../components/Keys'
import { SaveIndicator } from '../../components/SaveIndicator'
import { formatDateTime } from '../../lib/dates'
import { SESSION_STATUS_LABELS } from '../../lib/labels'
import { hrefFor } from '../../lib/router'
import { ariaKeyShortcuts } from '../../lib/shortcuts'
import { useQuery } from '../../lib/use-query'
import { DeleteSessionControl } from './DeleteSessionControl'
import { useSession } from './session-context'
import { SessionTimer } from './SessionTimer'

export function SessionHeader({ openedAt, onFinish }: { openedAt: number; onFinish: () => void }) {
  const { detail, savers } = useSession()
  const { session, rep } = detail
  const preferences = useQuery(() => api['preferences.get']({}), 'preferences')
  const targetMinutes = preferences.data?.defaultSessionMinutes ?? DEFAULT_PREFERENCES.defaultSessionMinutes

  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Team', href: hrefFor({ screen: 'team' }) },
          { label: rep.name, href: hrefFor({ screen: 'rep', repId: rep.id }) }
        ]}
        current={<>1:1 of {formatDateTime(session.scheduledAt)}</>}
      />
      <header className="session-header">
        <div className="session-header__title">
          <h1 id="session-title">
            1:1 with <a href={hrefFor({ screen: 'rep', repId: rep.id })}>{rep.name}</a>
          </h1>
          <p className="screen__subtitle">
            {formatDateTime(session.scheduledAt)} · {session.templateName}{' '}
            <span className={`status status--${session.status}`}>{SESSION_STATUS_LABELS[session.status]}</span>
          </p>
        </div>
        <div className="session-header__tools">
          <SessionTimer session={session} openedAt={openedAt} targetMinutes={targetMinutes} />
          <SaveIndicator />
          <DeleteSessionControl detail={detail} savers={savers} />
          {session.status !== 'completed' && (
            <button type="button" className="button button--primary" onClick={onFinish} aria-keyshortcuts={ariaKeyShortcuts('finish')}>
              Finish 1:1{' '}
              <span aria-hidden="true">
                <Keys id="finish" />
              </span>
            </button>
          )}
        </div>
      </header>
    </>
  )
}

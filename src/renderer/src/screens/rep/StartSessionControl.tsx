import { useState } from 'react'
import type { RepDetail } from '@shared/domain'
import { ErrorBanner } from '../../components/StatusMessage'
import { hrefFor } from '../../lib/router'
import { startSession } from '../../lib/start-session'
import { asApiError, useQuery } from '../../lib/use-query'
import { repQueries } from './rep-queries'

/** "Start 1:1" with a template choice (the default preselected), or "Resume 1:1" when one is in progress. */
export function StartSessionControl({ detail }: { detail: RepDetail }) {
  const inProgress = detail.recentSessions.find((session) => session.status === 'in_progress')
  const templatesQuery = repQueries.activeTemplates()
  const templates = useQuery(templatesQuery.load, templatesQuery.key)
  const [templateId, setTemplateId] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ReturnType<typeof asApiError>>()
  const chosen = templateId ?? templates.data?.find((template) => template.isDefault)?.id ?? null

  async function start() {
    setBusy(true)
    setError(undefined)
    try {
      await startSession(detail.rep.id, inProgress ? undefined : (chosen ?? undefined))
    } catch (caught) {
      setError(asApiError(caught))
      setBusy(false)
    }
  }

  if (inProgress) {
    return (
      <div className="start-control">
        <a className="button button--primary" href={hrefFor({ screen: 'session', sessionId: inProgress.id, view: 'session' })}>
          Resume 1:1
        </a>
      </div>
    )
  }
  return (
    <div className="start-control">
      {templates.data && templates.data.length > 1 && (
        <label className="start-control__template">
          <span className="visually-hidden">Template for the 1:1</span>
          <select value={chosen ?? ''} onChange={(event) => setTemplateId(Number(event.target.value))}>
            {templates.data.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
                {template.isDefault ? ' (default)' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="button button--primary" onClick={start} disabled={busy || detail.rep.archived}>
        Start 1:1
      </button>
      <ErrorBanner error={error} />
    </div>
  )
}

import { useState } from 'react'
import { api } from '../../api'
import { ErrorBanner, Loading, SuccessBanner } from '../../components/StatusMessage'
import { hrefFor } from '../../lib/router'
import { asApiError, useQuery } from '../../lib/use-query'
import { BackupsPanel } from './BackupsPanel'
import { PreferencesPanel } from './PreferencesPanel'

export function SettingsScreen() {
  const status = useQuery(() => api['app.status']({}), 'status')
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState<string>()
  const [error, setError] = useState<ReturnType<typeof asApiError>>()

  async function removeDemo() {
    setError(undefined)
    try {
      const { repsRemoved } = await api['demo.remove']({})
      setMessage(`The demo team was removed (${repsRemoved} reps and everything recorded with them).`)
      setConfirming(false)
      status.reload()
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen__header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <ErrorBanner error={status.error} onRetry={status.reload} />
      <ErrorBanner error={error} />
      {status.loading && !status.data && <Loading label="Loading…" />}
      <PreferencesPanel />
      <section className="panel" aria-labelledby="templates-panel-title">
        <h2 id="templates-panel-title">Templates</h2>
        <p>The sections of a 1:1 and their prompts: “Accountability 1:1” and others, or your own.</p>
        <a className="button" href={hrefFor({ screen: 'templates' })}>
          Manage templates
        </a>
      </section>
      <section className="panel" aria-labelledby="trash-panel-title">
        <h2 id="trash-panel-title">Trash</h2>
        <p>Deleted reps, 1:1s, goals and agreements, until you empty the trash.</p>
        <a className="button" href={hrefFor({ screen: 'trash' })}>
          Open Trash
        </a>
      </section>
      {status.data && (
        <>
          <section className="panel" aria-labelledby="data-title">
            <h2 id="data-title">Your data</h2>
            <dl className="facts facts--stacked">
              <div>
                <dt>Data file</dt>
                <dd>
                  <code className="path">{status.data.databasePath}</code>
                </dd>
              </div>
              <div>
                <dt>Data format version</dt>
                <dd>{status.data.schemaVersion}</dd>
              </div>
              <div>
                <dt>Reps</dt>
                <dd>{status.data.repCount}</dd>
              </div>
            </dl>
            <p className="muted">Everything stays in this file on this computer. Nothing is sent anywhere.</p>
          </section>

          <BackupsPanel onRestored={status.reload} />

          <section className="panel" aria-labelledby="demo-title">
            <h2 id="demo-title">Demo team</h2>
            <SuccessBanner message={message} />
            {status.data.hasDemoData ? (
              confirming ? (
                <div className="confirm" role="group" aria-label="Confirm removing the demo team">
                  <p>Remove the six demo reps and all their sample 1:1s? Your own reps stay as they are.</p>
                  <button type="button" className="button button--danger" onClick={removeDemo}>
                    Yes, remove the demo team
                  </button>
                  <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
                    Keep it
                  </button>
                </div>
              ) : (
                <>
                  <p>The sample reps are marked as demo data. Removing them leaves your own reps untouched.</p>
                  <button type="button" className="button" onClick={() => setConfirming(true)}>
                    Remove demo team
                  </button>
                </>
              )
            ) : (
              <p className="muted">No demo data in this file.</p>
            )}
          </section>
        </>
      )}
    </section>
  )
}

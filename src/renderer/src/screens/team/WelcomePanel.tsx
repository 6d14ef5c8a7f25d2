import { useState } from 'react'
import { api } from '../../api'
import { ErrorBanner } from '../../components/StatusMessage'
import { hrefFor } from '../../lib/router'
import { asApiError } from '../../lib/use-query'

export function WelcomePanel({ onAddRep, onDemoLoaded }: { onAddRep: () => void; onDemoLoaded: () => void }) {
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<ReturnType<typeof asApiError>>()

  async function loadDemo() {
    setLoading(true)
    setError(undefined)
    try {
      await api['demo.load']({})
      onDemoLoaded()
    } catch (caught) {
      setError(asApiError(caught))
    } finally {
      setLoading(false)
    }
  }

  return (
    <div className="welcome">
      <h2>Walk into every 1:1 prepared</h2>
      <p>
        Kept keeps your one-on-ones with each rep in one place on this computer: goals that can be measured, agreements both of you own,
        recognition, and the challenges you help with. Nothing leaves this machine unless you export it.
      </p>
      <ErrorBanner error={error} />
      <div className="welcome__actions">
        <button type="button" className="button button--primary button--large" onClick={onAddRep}>
          Add rep
        </button>
        <a className="button button--large" href={hrefFor({ screen: 'import', what: 'roster' })}>
          Import your team
        </a>
        <button type="button" className="button button--large" onClick={loadDemo} disabled={loading}>
          {loading ? 'Creating the demo team…' : 'Explore with a demo team'}
        </button>
      </div>
      <p className="welcome__note">Import your team reads a CSV of names and e-mails (a CRM or HR export). The demo team is six sample reps with six months of 1:1s. Remove it from Settings in one click.</p>
    </div>
  )
}

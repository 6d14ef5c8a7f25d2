import { Fragment, useState } from 'react'
import { format } from 'date-fns'
import type { ApiError } from '@shared/api-error'
import type { BackupInfo, BackupKind } from '@shared/backups'
import { api } from '../../api'
import { Field } from '../../components/Field'
import { InlineConfirm } from '../../components/InlineConfirm'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { formatDate } from '../../lib/dates'
import { trackWrite } from '../../lib/save-status'
import { asApiError, useQuery } from '../../lib/use-query'

const KIND_LABELS: Record<BackupKind, string> = {
  manual: 'Backed up by you',
  daily: 'Daily (automatic)',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-migration': 'Before an update',
  other: 'Other file'
}

/** The date in the format chosen in Settings, with seconds: two backups a minute apart differ. */
export function formatBackupDate(iso: string): string {
  return `${formatDate(iso)}, ${format(new Date(iso), 'HH:mm:ss')}`
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Back up now, the list of backups with restore, and how long automatic backups are kept. */
export function BackupsPanel({ onRestored }: { onRestored: () => void }) {
  const list = useQuery(() => api['backups.list']({}), 'backups')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string>()
  const [error, setError] = useState<ApiError>()
  const [confirming, setConfirming] = useState<string>()

  async function backUpNow() {
    setBusy(true)
    setError(undefined)
    setMessage(undefined)
    try {
      const backup = await trackWrite(api['backups.create']({}))
      setMessage(`Backed up to ${backup.path} (${formatSize(backup.sizeBytes)}).`)
      list.reload()
    } catch (caught) {
      setError(asApiError(caught))
    } finally {
      setBusy(false)
    }
  }

  async function restore(backup: BackupInfo) {
    setBusy(true)
    setError(undefined)
    setMessage(undefined)
    setConfirming(undefined)
    try {
      const result = await trackWrite(api['backups.restore']({ fileName: backup.fileName }))
      const safety = result.safetyCopy ? ` Your data as it was just before is kept as ${result.safetyCopy.fileName}.` : ''
      setMessage(`Restored the backup of ${formatBackupDate(backup.createdAt)}.${safety}`)
      list.reload()
      onRestored()
    } catch (caught) {
      setError(asApiError(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p>
        Kept backs up your data file once a day while it runs, and before every update of the data format.
        {list.data && (
          <>
            {' '}
            Backups are kept in <code className="path">{list.data.folder}</code>.
          </>
        )}
      </p>
      <div className="backups__actions">
        <button type="button" className="button button--primary" onClick={() => void backUpNow()} disabled={busy}>
          Back up now
        </button>
      </div>
      {message && (
        <p className="banner banner--success backups__message" role="status">
          {message}
        </p>
      )}
      <ErrorBanner error={error} />
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Loading label="Loading backups…" />}
      {list.data && list.data.backups.length === 0 && <p className="muted">No backups yet. The first automatic one is written shortly after Kept starts.</p>}
      {list.data && list.data.backups.length > 0 && (
        <div className="table-wrap backups__list">
          <table className="summary-table">
            <caption className="visually-hidden">Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Written</th>
                <th scope="col">Kind</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.backups.map((backup) => (
                <Fragment key={backup.fileName}>
                  <tr>
                    <th scope="row" title={backup.fileName}>
                      {formatBackupDate(backup.createdAt)}
                    </th>
                    <td>{KIND_LABELS[backup.kind]}</td>
                    <td>{formatSize(backup.sizeBytes)}</td>
                    <td className="backups__restore">
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy}
                        aria-label={`Restore the backup of ${formatBackupDate(backup.createdAt)}…`}
                        onClick={() => setConfirming(backup.fileName)}
                      >
                        Restore…
                      </button>
                    </td>
                  </tr>
                  {confirming === backup.fileName && (
                    <tr>
                      <td colSpan={4}>
                        <InlineConfirm
                          message={`Replace your data with the backup of ${formatBackupDate(backup.createdAt)}? Your current data file is backed up first, so you can come back to it.`}
                          confirmLabel="Restore this backup"
                          cancelLabel="Cancel"
                          onConfirm={() => void restore(backup)}
                          onCancel={() => setConfirming(undefined)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RetentionField />
      <JsonExport />
    </section>
  )
}

function JsonExport() {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string>()
  const [error, setError] = useState<ApiError>()

  async function exportAll() {
    setBusy(true)
    setError(undefined)
    setMessage(undefined)
    try {
      const file = await api['data.exportJson']({})
      setMessage(`Exported ${file.rows} rows to ${file.path} (${formatSize(file.sizeBytes)}).`)
    } catch (caught) {
      setError(asApiError(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="backups__export">
      <h3>Everything as JSON</h3>
      <p>
        Every row of every table in one JSON file, yours to keep or to load into another tool. <code>kept import-json</code> loads it into a new data
        file.
      </p>
      <button type="button" className="button" onClick={() => void exportAll()} disabled={busy}>
        Export all data as JSON
      </button>
      {message && (
        <p className="banner banner--success backups__message" role="status">
          {message}
        </p>
      )}
      <ErrorBanner error={error} />
    </div>
  )
}

function RetentionField() {
  const preferences = useQuery(() => api['preferences.get']({}), 'preferences')
  if (!preferences.data) return null
  return <RetentionForm initial={preferences.data.backupRetentionDays} />
}

function RetentionForm({ initial }: { initial: number }) {
  const [days, setDays] = useState(String(initial))
  const [savedDays, setSavedDays] = useState(initial)
  const [error, setError] = useState<string>()
  const [saved, setSaved] = useState<string>()

  async function save() {
    const value = Number(days)
    setSaved(undefined)
    if (days.trim() === '' || !Number.isInteger(value) || value < 1 || value > 365) {
      setError('Enter a whole number of days, from 1 to 365.')
      return
    }
    setError(undefined)
    if (value === savedDays) return
    try {
      const next = await trackWrite(api['preferences.update']({ backupRetentionDays: value }))
      setSavedDays(next.backupRetentionDays)
      setSaved(`Automatic backups are now kept for ${next.backupRetentionDays} day${next.backupRetentionDays === 1 ? '' : 's'}.`)
    } catch (caught) {
      const apiError = asApiError(caught)
      setError(apiError.fieldErrors?.backupRetentionDays ?? apiError.message)
    }
  }

  return (
    <div className="backups__retention">
      <Field label="Keep automatic backups for (days)" error={error} hint="Older daily backups are removed; the newest one, yours and safety copies are always kept.">
        <input
          type="number"
          min={1}
          max={365}
          step={1}
          value={days}
          onChange={(event) => setDays(event.target.value)}
          onBlur={() => void save()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void save()
          }}
        />
      </Field>
      <p className="muted" role="status" aria-live="polite">
        {saved}
      </p>
    </div>
  )
}

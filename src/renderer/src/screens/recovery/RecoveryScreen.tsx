import { useState } from 'react'
import type { ApiError } from '@shared/api-error'
import type { BackupFile, RecoveryResult, RecoveryStatus } from '@shared/recovery'
import { api } from '../../api'
import { ErrorBanner } from '../../components/StatusMessage'
import { Field } from '../../components/Field'
import { formatTimestamp } from '../../lib/dates'
import { asApiError } from '../../lib/use-query'

type NeededStatus = Extract<RecoveryStatus, { needed: true }>

const HEADINGS: Record<NeededStatus['problem'], string> = {
  damaged: 'Your data file is damaged',
  not_a_database: 'This is not a Kept data file',
  not_kept: 'This is not a Kept data file',
  newer_version: 'This data file is from a newer Kept',
  missing: 'Your data file was not found',
  read_only: 'Kept cannot write to your data file',
  unreadable: 'Kept cannot open your data file',
  migration_failed: 'Kept could not update your data file'
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** What happened, the backups to restore from, and opening another file. */
export function RecoveryScreen({ status, onRecovered }: { status: NeededStatus; onRecovered: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError>()
  const [confirming, setConfirming] = useState<BackupFile | null>(null)
  // The desktop app picks files with its native dialogs; the browser host takes a typed path.
  const chooseFile = window.keptApp?.chooseDatabaseFile
  const [done, setDone] = useState<RecoveryResult | null>(null)

  async function run(action: () => Promise<RecoveryResult>) {
    setBusy(true)
    setError(undefined)
    try {
      setDone(await action())
    } catch (caught) {
      setError(asApiError(caught))
    } finally {
      setBusy(false)
    }
  }

  async function fromDialog(purpose: 'open' | 'create') {
    if (!chooseFile) return
    setError(undefined)
    let chosen: { token: string } | null
    try {
      chosen = await chooseFile(purpose)
    } catch (caught) {
      setError(asApiError(caught))
      return
    }
    // The app takes only the token main gave for the dialog's answer, never a path from the page.
    const token = chosen?.token
    if (token) await run(() => (purpose === 'open' ? api['recovery.openFile']({ token }) : api['recovery.createFile']({ token })))
  }

  async function restoreChosenBackup() {
    if (!chooseFile) return
    setError(undefined)
    let chosen: { token: string } | null
    try {
      chosen = await chooseFile('backup')
    } catch (caught) {
      setError(asApiError(caught))
      return
    }
    // As for opening: main takes back its token for the file its dialog returned, never a path.
    const token = chosen?.token
    if (token) await run(() => api['recovery.restoreFile']({ token }))
  }

  if (done) {
    return (
      <main className="recovery" aria-labelledby="recovery-title">
        <h1 id="recovery-title">Your data is open again</h1>
        <p>
          Kept now uses <code className="path">{done.databasePath}</code>.
        </p>
        {done.keptAside && (
          <p>
            The file that could not be opened was kept, unchanged, as <code className="path">{done.keptAside}</code>.
          </p>
        )}
        <button type="button" className="button button--primary" onClick={onRecovered} autoFocus>
          Continue to Kept
        </button>
      </main>
    )
  }

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{HEADINGS[status.problem]}</h1>
      <p className="recovery__message">{status.message}</p>
      <p>
        File: <code className="path">{status.databasePath}</code>
      </p>
      <ErrorBanner error={error} />

      <section className="panel" aria-labelledby="recovery-backups-title">
        <h2 id="recovery-backups-title">Restore a backup</h2>
        {status.backups.length === 0 ? (
          <p>There are no backups of {fileNameOf(status.databasePath)} in the backups folder beside it. If you have a copy somewhere else (another folder, a USB stick, your own backup tool), choose it below.</p>
        ) : (
          <>
            <p>Restoring puts the backup in place of this file. The file that could not be opened is moved aside and kept, never overwritten.</p>
            <ul className="recovery__backups">
              {status.backups.map((backup) => (
                <li key={backup.path} className="recovery__backup">
                  <div>
                    <strong>{formatTimestamp(backup.modifiedAt)}</strong>
                    <span className="recovery__backup-meta">
                      {backup.fileName} · {formatFileSize(backup.sizeBytes)}
                    </span>
                  </div>
                  {confirming?.path === backup.path ? (
                    <div className="recovery__confirm" role="group" aria-label={`Restore the backup of ${formatTimestamp(backup.modifiedAt)}?`}>
                      <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(() => api['recovery.restore']({ backupPath: backup.path }))}>
                        Yes, restore it
                      </button>
                      <button type="button" className="button" disabled={busy} onClick={() => setConfirming(null)}>
                        Cancel
                      </button>
                    </div>
                  ) : (
                    <button type="button" className="button" disabled={busy} onClick={() => setConfirming(backup)} aria-label={`Restore the backup of ${formatTimestamp(backup.modifiedAt)} (${backup.fileName})`}>
                      Restore this backup
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <p>A backup somewhere else can be restored too; it is checked first, and this file is kept aside the same way.</p>
          </>
        )}
        {chooseFile ? (
          <div className="recovery__other">
            <button type="button" className="button" disabled={busy} onClick={() => void restoreChosenBackup()}>
              Choose a backup file…
            </button>
          </div>
        ) : (
          <PathForm label="Path of a backup file" hint="For example /home/you/Backups/kept-2026-06-14.sqlite" action="Restore this backup file" busy={busy} onSubmit={(path) => void run(() => api['recovery.restoreFile']({ path }))} />
        )}
      </section>

      <section className="panel" aria-labelledby="recovery-other-title">
        <h2 id="recovery-other-title">Open another file or start a new one</h2>
        <p>A new data file starts empty; the file that could not be opened stays where it is, untouched.</p>
        {chooseFile ? (
          <div className="recovery__other">
            <button type="button" className="button" disabled={busy} onClick={() => void fromDialog('open')}>
              Choose a data file…
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void fromDialog('create')}>
              Create a new data file…
            </button>
          </div>
        ) : (
          <>
            <PathForm label="Path of a Kept data file" hint="For example /home/you/Documents/kept.sqlite" action="Open this file" busy={busy} onSubmit={(path) => void run(() => api['recovery.openFile']({ path }))} />
            <PathForm label="Path for a new data file" hint="A file that does not exist yet, for example /home/you/Documents/kept-new.sqlite" action="Create a new data file" busy={busy} onSubmit={(path) => void run(() => api['recovery.createFile']({ path }))} />
          </>
        )}
      </section>
    </main>
  )
}

function PathForm({ label, hint, action, busy, onSubmit }: { label: string; hint: string; action: string; busy: boolean; onSubmit: (path: string) => void }) {
  const [path, setPath] = useState('')
  return (
    <form
      className="recovery__other"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit(path)
      }}
    >
      <Field label={label} hint={hint}>
        <input type="text" value={path} onChange={(event) => setPath(event.target.value)} spellCheck={false} autoComplete="off" />
      </Field>
      <button type="submit" className="button" disabled={busy || path.trim() === ''}>
        {action}
      </button>
    </form>
  )
}

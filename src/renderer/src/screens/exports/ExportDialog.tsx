import { useEffect, useId, useState } from 'react'
import type { Rep } from '@shared/domain'
import type { SessionExportFormat } from '@shared/exports'
import { api, isBrowserHost } from '../../api'
import { Dialog } from '../../components/Dialog'
import { toApiError } from '../../lib/autosave'
import { copyToClipboard, downloadFile } from '../../lib/file-download'

type Choice = 'md' | 'html' | 'pdf' | 'txt'

const CHOICES: Array<{ value: Choice; label: string; hint: string }> = [
  { value: 'md', label: 'Markdown', hint: 'For notes apps and wikis.' },
  { value: 'html', label: 'HTML', hint: 'One web page that opens anywhere.' },
  { value: 'pdf', label: 'PDF', hint: 'To print or attach.' },
  { value: 'txt', label: 'Plain text', hint: 'To paste into an email or chat.' }
]

interface ExportDialogProps {
  open: boolean
  onClose: () => void
  sessionId: number
  rep: Rep
}

/** Export one 1:1: a file, the clipboard, an email draft or the next 1:1 for a calendar. */
export function ExportDialog({ open, onClose, sessionId, rep }: ExportDialogProps) {
  return (
    <Dialog title="Export this 1:1" open={open} onClose={onClose}>
      {/* Rendered only while open, so "Include private notes" starts unticked every time. */}
      {open && <ExportForm sessionId={sessionId} rep={rep} onClose={onClose} />}
    </Dialog>
  )
}

function ExportForm({ sessionId, rep, onClose }: Omit<ExportDialogProps, 'open'>) {
  const [choice, setChoice] = useState<Choice>('md')
  const [includePrivate, setIncludePrivate] = useState(false)
  const [includeCheckInRead, setIncludeCheckInRead] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>()
  const [mailtoDraft, setMailtoDraft] = useState<{ includePrivate: boolean; includeCheckInRead: boolean; href: string; truncated: boolean }>()
  // A draft made for another state of the checkboxes is never offered.
  const mailto = mailtoDraft?.includePrivate === includePrivate && mailtoDraft.includeCheckInRead === includeCheckInRead ? mailtoDraft : undefined
  const privateHintId = useId()
  const pdfUnavailable = choice === 'pdf' && isBrowserHost

  useEffect(() => {
    let current = true
    api['exports.mailto']({ sessionId, includePrivate, includeCheckInRead })
      .then((draft) => current && setMailtoDraft({ includePrivate, includeCheckInRead, href: draft.href, truncated: draft.truncated }))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [sessionId, includePrivate, includeCheckInRead])

  async function run(action: () => Promise<string>) {
    setBusy(true)
    setMessage(undefined)
    try {
      setMessage({ kind: 'ok', text: await action() })
    } catch (caught) {
      setMessage({ kind: 'error', text: toApiError(caught).message })
    } finally {
      setBusy(false)
    }
  }

  const fetchFile = (format: SessionExportFormat) => api['exports.session']({ sessionId, format, includePrivate, includeCheckInRead })

  const save = () =>
    run(async () => {
      if (choice === 'pdf') {
        const html = await fetchFile('html')
        const saved = await window.keptApp?.savePdf?.({ html: html.content, fileName: html.fileName.replace(/\.html$/, '.pdf') })
        if (!saved) throw new Error('PDF export needs the Kept desktop app. Save as HTML and print it to PDF from your browser instead.')
        return saved.saved ? `Saved ${saved.fileName}.` : 'Not saved.'
      }
      const file = await fetchFile(choice)
      downloadFile(file)
      return `Saved ${file.fileName}${includePrivate ? ', with private notes' : ''}.`
    })

  const copy = () =>
    run(async () => {
      const file = await fetchFile(choice === 'md' ? 'md' : choice === 'html' ? 'html' : 'txt')
      await copyToClipboard(file.content)
      return `Copied the summary${choice === 'md' ? ' as Markdown' : choice === 'html' ? ' as HTML' : ' as plain text'}${includePrivate ? ', with private notes' : ''}.`
    })

  const calendar = () =>
    run(async () => {
      const file = await fetchFile('ics')
      downloadFile(file)
      return `Saved ${file.fileName}. Open it to add the next 1:1 to your calendar.`
    })

  return (
    <div className="form export-form">
      <fieldset className="export-form__formats">
        <legend>Format</legend>
        {CHOICES.map((option) => (
          <label key={option.value} className="export-form__format">
            <input type="radio" name="export-format" value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} />
            <span>
              <strong>{option.label}</strong> <span className="muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {pdfUnavailable && <p className="muted">PDF is made by the Kept desktop app. Here, save as HTML and print it to PDF.</p>}

      <label className="toggle export-form__private">
        <input type="checkbox" checked={includePrivate} onChange={(event) => setIncludePrivate(event.target.checked)} aria-describedby={privateHintId} />
        Include private notes
      </label>
      <p id={privateHintId} className="muted export-form__hint">
        {includePrivate ? 'Private notes will be part of this export. Check before you send it.' : 'Private notes stay out of this export.'}
      </p>

      <label className="toggle export-form__private">
        <input type="checkbox" checked={includeCheckInRead} onChange={(event) => setIncludeCheckInRead(event.target.checked)} />
        Include my read of the check-in
      </label>
      <p className="muted export-form__hint">{includeCheckInRead ? 'Your one-line read of how they are doing goes in as “My read”.' : 'Your one-line read of how they are doing stays out; their pulse goes in.'}</p>

      <div className="form__actions export-form__actions">
        <button type="button" className="button button--primary" onClick={save} disabled={busy || pdfUnavailable} data-autofocus>
          {isBrowserHost ? 'Download' : 'Save…'}
        </button>
        <button type="button" className="button" onClick={copy} disabled={busy}>
          Copy to clipboard
        </button>
        {mailto ? (
          <a className="button" href={mailto.href}>
            Email draft
          </a>
        ) : (
          <button type="button" className="button" disabled>
            Email draft
          </button>
        )}
        <button type="button" className="button" onClick={calendar} disabled={busy}>
          Add next 1:1 to calendar (.ics)
        </button>
      </div>
      {!rep.email && <p className="muted">{rep.name} has no email address yet, so the draft has no recipient. Add it on the Rep screen.</p>}
      {mailto?.truncated && <p className="muted">The email draft holds a shortened summary (email links have a length limit). Attach the saved file for the whole of it.</p>}
      <p className={message?.kind === 'error' ? 'field__error' : 'export-form__done'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text}
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  )
}

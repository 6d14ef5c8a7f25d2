import { lazy, Suspense, useId, useState, type ReactNode } from 'react'
import { api } from '../../../api'
import { Icon } from '../../../components/Icon'
import { defaultClassify, toApiError } from '../../../lib/autosave'
import { Box, useSaver, useSession } from '../session-context'
import { copyText } from './copy-text'
import { noteOf, withNote, type NoteKind } from './note-doc'

const RichEditor = lazy(() => import('./RichEditor'))

interface NoteFieldProps {
  kind: NoteKind
  templateSectionId?: number
  label: string
  /** Shown under the label and tied to the editor (aria-describedby). */
  description?: ReactNode
  badge?: ReactNode
  variant?: 'shared' | 'private' | 'section'
}

interface NoteValue {
  doc: Record<string, unknown>
  text: string
}

interface NoteBox {
  revision: number
  doc: unknown
  text: string
  /** Bumped to remount the editor with another document (the newer version). */
  version: number
  /** The user's own text, kept on screen after loading a newer version. */
  setAside: string | null
}

/**
 * A rich-text note with autosave. Each save names the revision it started from; if another
 * window saved a newer one, nothing is overwritten: the user's text stays and they choose.
 */
export function NoteField({ kind, templateSectionId, label, description, badge, variant = kind === 'private' ? 'private' : 'shared' }: NoteFieldProps) {
  const { detail, update, remember } = useSession()
  const sectionId = templateSectionId ?? null
  const sessionId = detail.session.id
  const key = `note:${kind}:${sectionId ?? 0}`
  const box = remember(`${key}:box`, () => {
    const note = noteOf(detail, kind, sectionId)
    return new Box<NoteBox>({ revision: note?.revision ?? 0, doc: note?.doc, text: note?.text ?? '', version: 0, setAside: null })
  })
  const [version, setVersion] = useState(() => box.get().version)
  const [setAside, setSetAside] = useState(() => box.get().setAside)
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  const descriptionId = useId()

  const { saver, snapshot } = useSaver<NoteValue>(key, () => ({
    save: async (value) => {
      const saved = await api['notes.save']({ sessionId, kind, templateSectionId: sectionId, doc: value.doc as { type: 'doc' }, text: value.text, baseRevision: box.get().revision })
      box.set({ revision: saved.revision })
      update((current) => withNote(current, kind, sectionId, saved))
    },
    // A newer version saved elsewhere: stop, keep the text on screen, let the user choose.
    classify: (error) => (error.code === 'conflict' ? 'hold' : defaultClassify(error))
  }))
  const conflict = snapshot.held && snapshot.error?.code === 'conflict'

  async function newest() {
    const fresh = await api['sessions.get']({ id: sessionId })
    return noteOf(fresh, kind, sectionId)
  }

  async function loadNewer() {
    setBusy(true)
    try {
      const note = await newest()
      const mine = box.get().text
      const version = box.get().version + 1
      saver.discard()
      box.set({ revision: note?.revision ?? box.get().revision, doc: note?.doc, text: note?.text ?? '', setAside: mine, version })
      if (note) update((current) => withNote(current, kind, sectionId, note))
      setSetAside(mine)
      setVersion(version)
      setMessage(undefined)
    } catch (caught) {
      setMessage(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  async function keepMine() {
    setBusy(true)
    try {
      const note = await newest()
      box.set({ revision: note?.revision ?? box.get().revision })
      saver.resume()
      setMessage(undefined)
    } catch (caught) {
      setMessage(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  async function copyMine(text: string) {
    setMessage((await copyText(text)) ? 'Your text is on the clipboard.' : 'Kept could not copy it; select the text and copy it yourself.')
  }

  return (
    <div className={`note-editor note-editor--${variant}`}>
      <div className="note-editor__label">
        <span className="field__label" id={`${descriptionId}-label`}>
          {variant === 'private' && <Icon name="lock" className="note-editor__lock" />}
          {label}
        </span>
        {badge}
      </div>
      {description && (
        <p id={descriptionId} className="note-editor__description">
          {description}
        </p>
      )}
      {conflict && (
        <div className="banner banner--warn note-editor__conflict" role="alert">
          <p>
            This note was changed in another window since you opened it. Your text is still here and has <strong>not</strong> been saved over it.
          </p>
          <div className="banner__actions">
            <button type="button" className="button button--small" onClick={() => void copyMine(box.get().text)} disabled={busy}>
              Copy my text
            </button>
            <button type="button" className="button button--small" onClick={loadNewer} disabled={busy}>
              Load the newer version
            </button>
            <button type="button" className="button button--small button--ghost" onClick={keepMine} disabled={busy}>
              Keep mine instead
            </button>
          </div>
        </div>
      )}
      {setAside !== null && (
        <div className="note-editor__set-aside">
          <label className="field__label" htmlFor={`${descriptionId}-aside`}>
            Your earlier text (not saved)
          </label>
          <textarea id={`${descriptionId}-aside`} readOnly rows={4} value={setAside} />
          <div className="banner__actions">
            <button type="button" className="button button--small" onClick={() => void copyMine(setAside)}>
              Copy it
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => {
                box.set({ setAside: null })
                setSetAside(null)
              }}
            >
              Dismiss
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
      {snapshot.error && !conflict && (
        <p className="field__error" role="alert">
          {snapshot.error.message}
        </p>
      )}
      <Suspense fallback={<p className="note-editor__loading muted">Loading the editor…</p>}>
        <RichEditor
          key={version}
          initialDoc={box.get().doc}
          label={label}
          {...(description ? { describedBy: descriptionId } : {})}
          onChange={(doc, text) => {
            box.set({ doc, text })
            saver.schedule({ doc, text })
          }}
          onBlur={() => void saver.flush()}
        />
      </Suspense>
    </div>
  )
}

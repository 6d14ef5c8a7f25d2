// The shared notes stay open beside the current section for the whole 1:1 (as in Fellow and
// Lattice): a side pane on a wide window, a toggle that slides it in on a narrow one. The notes
// section itself shows the same notes (and the private ones), so the pane steps aside there.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { NoteField } from './notes/NoteField'
import './notes-pane.css'

/** Wide enough to keep the pane beside the section without squeezing it. */
const SIDE_BY_SIDE = '(min-width: 1200px)'

const wideWindow = () => typeof window.matchMedia === 'function' && window.matchMedia(SIDE_BY_SIDE).matches

export function useNotesPaneOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(wideWindow)
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return
    const query = window.matchMedia(SIDE_BY_SIDE)
    // Crossing the width opens the pane beside the section, or puts it away behind its toggle.
    const onChange = () => setOpen(query.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])
  return [open, setOpen]
}

export function NotesPaneToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="button button--small notes-pane__toggle" aria-expanded={open} aria-controls="notes-pane" onClick={onToggle}>
      {open ? 'Hide shared notes' : 'Show shared notes'}
    </button>
  )
}

export function NotesPane({ onClose }: { onClose: () => void }) {
  const paneRef = useRef<HTMLElement>(null)
  // Slid in over the section on a narrow window: the focus goes to it, so the keyboard follows.
  useEffect(() => {
    if (!wideWindow()) paneRef.current?.focus()
  }, [])
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // On a narrow window the pane covers the section: Escape puts it away.
    if (event.key !== 'Escape' || wideWindow()) return
    event.preventDefault()
    onClose()
  }
  return (
    <aside ref={paneRef} id="notes-pane" className="notes-pane" aria-label="Shared notes beside this section" tabIndex={-1} onKeyDown={onKeyDown}>
      <NoteField kind="shared" label="Shared notes" description="Beside every section; part of the summary you send." />
      <button type="button" className="button button--small button--ghost notes-pane__close" onClick={onClose}>
        Close notes
      </button>
    </aside>
  )
}

import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { useRef, useState, type KeyboardEvent } from 'react'
import { Icon } from '../../../components/Icon'
import { LinkForm } from './LinkForm'

interface ToolbarButton {
  id: string
  label: string
  glyph: string
  keys: string
  isActive: (editor: Editor) => boolean
  run: (editor: Editor) => void
}

const BUTTONS: ToolbarButton[] = [
  { id: 'h2', label: 'Heading', glyph: 'H2', keys: 'Control+Alt+2', isActive: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { id: 'h3', label: 'Subheading', glyph: 'H3', keys: 'Control+Alt+3', isActive: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { id: 'bold', label: 'Bold', glyph: 'B', keys: 'Control+B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', label: 'Italic', glyph: 'I', keys: 'Control+I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { id: 'bullets', label: 'Bullet list', glyph: '•', keys: 'Control+Shift+8', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { id: 'numbers', label: 'Numbered list', glyph: '1.', keys: 'Control+Shift+7', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { id: 'tasks', label: 'Checklist', glyph: '☑', keys: 'Control+Shift+9', isActive: (e) => e.isActive('taskList'), run: (e) => e.chain().focus().toggleTaskList().run() }
]

/** Formatting buttons with names and pressed states; arrow keys move along the toolbar. */
export function EditorToolbar({ editor, label }: { editor: Editor | null; label: string }) {
  const [focusIndex, setFocusIndex] = useState(0)
  const [linkOpen, setLinkOpen] = useState(false)
  const refs = useRef<Array<HTMLButtonElement | null>>([])
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      if (!current) return {} as Record<string, boolean>
      const states: Record<string, boolean> = { link: current.isActive('link') }
      for (const button of BUTTONS) states[button.id] = button.isActive(current)
      return states
    }
  })
  const count = BUTTONS.length + 1

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -focusIndex, End: count - 1 - focusIndex }
    const move = moves[event.key]
    if (move === undefined) return
    event.preventDefault()
    const next = (focusIndex + move + count) % count
    setFocusIndex(next)
    refs.current[next]?.focus()
  }

  if (!editor) return null
  return (
    <>
      <div className="editor-toolbar" role="toolbar" aria-label={`Formatting for ${label}`} onKeyDown={onKeyDown}>
        {BUTTONS.map((button, index) => (
          <button
            key={button.id}
            ref={(node) => {
              refs.current[index] = node
            }}
            type="button"
            className={`editor-toolbar__button editor-toolbar__button--${button.id}`}
            aria-label={button.label}
            aria-pressed={active?.[button.id] ?? false}
            aria-keyshortcuts={button.keys}
            title={`${button.label} (${button.keys.replace(/Control/g, 'Ctrl')})`}
            tabIndex={index === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => button.run(editor)}
          >
            <span aria-hidden="true">{button.glyph}</span>
          </button>
        ))}
        <button
          ref={(node) => {
            refs.current[BUTTONS.length] = node
          }}
          type="button"
          className="editor-toolbar__button editor-toolbar__button--link"
          aria-label="Link"
          aria-pressed={active?.link ?? false}
          aria-expanded={linkOpen}
          title="Link"
          tabIndex={focusIndex === BUTTONS.length ? 0 : -1}
          onFocus={() => setFocusIndex(BUTTONS.length)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setLinkOpen((open) => !open)}
        >
          <Icon name="link" />
        </button>
      </div>
      {linkOpen && <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
    </>
  )
}

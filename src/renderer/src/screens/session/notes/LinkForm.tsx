import type { Editor } from '@tiptap/react'
import { useId, useState, type FormEvent } from 'react'

/** Adds, changes or removes the link on the selected text (Electron has no window.prompt). */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const id = useId()
  const [href, setHref] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '')
  const [error, setError] = useState<string>()

  function apply(event: FormEvent) {
    event.preventDefault()
    const value = href.trim()
    if (!value) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run()
      onDone()
      return
    }
    const url = /^(https?:|mailto:)/i.test(value) ? value : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? `mailto:${value}` : `https://${value}`
    if (!/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url)) {
      setError('Use a web address like example.com or an email address.')
      return
    }
    const { empty } = editor.state.selection
    if (empty && !editor.isActive('link')) editor.chain().focus().insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: url } }] }).run()
    else editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run()
    onDone()
  }

  return (
    <form className="link-form" onSubmit={apply} noValidate>
      <label htmlFor={id} className="field__label">
        Link address
      </label>
      <input
        id={id}
        type="text"
        inputMode="url"
        autoFocus
        value={href}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setHref(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            editor.commands.focus()
            onDone()
          }
        }}
      />
      <button type="submit" className="button button--small">
        Apply
      </button>
      {editor.isActive('link') && (
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run()
            onDone()
          }}
        >
          Remove link
        </button>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

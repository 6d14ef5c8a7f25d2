// The tiptap editor of a note, loaded on demand (tiptap is not part of the first screen).
import { TaskItem, TaskList } from '@tiptap/extension-list'
import { EditorContent, useEditor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useEffect, useRef } from 'react'
import { EditorToolbar } from './EditorToolbar'

export interface RichEditorProps {
  /** A tiptap/ProseMirror JSON document, or nothing for an empty note. */
  initialDoc: unknown
  label: string
  describedBy?: string
  onChange: (doc: Record<string, unknown>, text: string) => void
  onBlur: () => void
}

function asDoc(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc' ? (value as Record<string, unknown>) : undefined
}

export default function RichEditor({ initialDoc, label, describedBy, onChange, onBlur }: RichEditorProps) {
  // The editor is created once; its callbacks always reach the newest handlers.
  const handlers = useRef({ onChange, onBlur })
  useEffect(() => {
    handlers.current = { onChange, onBlur }
  })
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['http', 'https', 'mailto'] }
      }),
      TaskList,
      TaskItem.configure({ nested: true, a11y: { checkboxLabel: (node, checked) => `${checked ? 'Done' : 'To do'}: ${node.textContent || 'empty item'}` } })
    ],
    content: asDoc(initialDoc) ?? '',
    // The CSP forbids <style> tags: Kept styles .ProseMirror in app.css.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-label': label,
        role: 'textbox',
        'aria-multiline': 'true',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class: 'note-editor__content',
        spellcheck: 'true'
      }
    },
    onUpdate: ({ editor: current }) => handlers.current.onChange(current.getJSON() as Record<string, unknown>, current.getText({ blockSeparator: '\n' })),
    onBlur: () => handlers.current.onBlur()
  })

  return (
    <div className="note-editor__frame">
      <EditorToolbar editor={editor} label={label} />
      <EditorContent editor={editor} />
    </div>
  )
}

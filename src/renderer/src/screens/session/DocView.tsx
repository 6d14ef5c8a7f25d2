import type { ReactNode } from 'react'
import { withoutEmptyListItems } from '@shared/note-doc'

interface PmNode {
  type?: string
  text?: string
  attrs?: Record<string, unknown>
  marks?: Array<{ type?: string; attrs?: Record<string, unknown> }>
  content?: PmNode[]
}

function renderMarks(node: PmNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? ''
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong key={key}>{out}</strong>
    else if (mark.type === 'italic') out = <em key={key}>{out}</em>
    else if (mark.type === 'underline') out = <u key={key}>{out}</u>
    else if (mark.type === 'strike') out = <s key={key}>{out}</s>
    else if (mark.type === 'link') {
      const href = String(mark.attrs?.href ?? '')
      out = /^(https?:|mailto:)/i.test(href) ? (
        <a key={key} href={href} rel="noreferrer noopener" target="_blank">
          {out}
        </a>
      ) : (
        out
      )
    }
  }
  return <span key={key}>{out}</span>
}

function renderNode(node: PmNode, key: number): ReactNode {
  const children = (node.content ?? []).map((child, index) => renderNode(child, index))
  switch (node.type) {
    case 'doc':
      return <div key={key}>{children}</div>
    case 'paragraph':
      return <p key={key}>{children}</p>
    case 'heading':
      return Number(node.attrs?.level) <= 2 ? <h3 key={key}>{children}</h3> : <h4 key={key}>{children}</h4>
    case 'bulletList':
      return <ul key={key}>{children}</ul>
    case 'orderedList':
      return <ol key={key}>{children}</ol>
    case 'listItem':
      return <li key={key}>{children}</li>
    case 'taskList':
      return (
        <ul key={key} className="doc-view__tasks">
          {children}
        </ul>
      )
    case 'taskItem':
      return (
        <li key={key} className={node.attrs?.checked ? 'is-done' : undefined}>
          <span aria-hidden="true">{node.attrs?.checked ? '☑ ' : '☐ '}</span>
          <span className="visually-hidden">{node.attrs?.checked ? 'Done: ' : 'To do: '}</span>
          {children}
        </li>
      )
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>
    case 'hardBreak':
      return <br key={key} />
    case 'horizontalRule':
      return <hr key={key} />
    case 'text':
      return renderMarks(node, key)
    default:
      return <div key={key}>{children}</div>
  }
}

/** A note's tiptap JSON as read-only React elements (never as HTML); the plain text if the JSON is unusable. */
export function DocView({ doc, text }: { doc: unknown; text: string }) {
  const root = withoutEmptyListItems(doc) as PmNode | null
  if (!root || typeof root !== 'object' || root.type !== 'doc' || !root.content?.length) {
    return <p className="doc-view doc-view--plain">{text}</p>
  }
  return <div className="doc-view">{renderNode(root, 0)}</div>
}

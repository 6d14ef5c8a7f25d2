// The one model every export format renders: a titled document of sections, each a list of
// blocks. User text stays raw here; each renderer escapes it for its own format.

/** A tiptap/ProseMirror JSON node as stored in note_bodies.doc_json. */
export interface DocNode {
  type?: string
  text?: string
  attrs?: Record<string, unknown>
  marks?: Array<{ type?: string; attrs?: Record<string, unknown> }>
  content?: DocNode[]
}

export interface ExportItem {
  text: string
  /** Short facts after the text: owner, due date, outcome… */
  meta: string[]
  /** Longer lines under the item: a reason, the support offered… */
  details: string[]
}

export type ExportBlock =
  | { kind: 'text'; text: string; strong?: boolean }
  /** A placeholder such as "No shared notes." (shown in italics). */
  | { kind: 'empty'; text: string }
  | { kind: 'items'; items: ExportItem[] }
  | { kind: 'doc'; doc: DocNode; text: string }

export interface ExportSection {
  title: string
  /** 2 for a section of one 1:1; 2 for each 1:1 and 3 for its sections in a history. */
  level: 2 | 3
  /** A private-notes section: only ever built when the manager asked for private notes. */
  private?: boolean
  blocks: ExportBlock[]
}

export interface ExportDocument {
  title: string
  /** Lines under the title: date, template, duration… */
  meta: string[]
  sections: ExportSection[]
}

/** A usable tiptap document, or null (an empty or damaged one falls back to the plain text). */
export function asDocNode(value: unknown): DocNode | null {
  if (typeof value !== 'object' || value === null) return null
  const node = value as DocNode
  return node.type === 'doc' && Array.isArray(node.content) && node.content.length > 0 ? node : null
}

/** Only web and mail links survive an export; anything else (javascript:, data:, file:) becomes plain text. */
export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && /^(https?:\/\/|mailto:)/i.test(href.trim())
}

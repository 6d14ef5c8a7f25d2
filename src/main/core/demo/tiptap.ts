// Builds the tiptap/ProseMirror JSON stored in note_bodies.doc_json, and the plain text kept
// alongside it for search (blocks separated by a blank line, as tiptap's getText() does).

export interface TextNode {
  type: 'text'
  text: string
  marks?: Array<{ type: 'bold' | 'italic' }>
}
export interface ParagraphNode {
  type: 'paragraph'
  content: TextNode[]
}
export interface HeadingNode {
  type: 'heading'
  attrs: { level: 2 | 3 }
  content: TextNode[]
}
export interface BulletListNode {
  type: 'bulletList'
  content: Array<{ type: 'listItem'; content: ParagraphNode[] }>
}
export type BlockNode = ParagraphNode | HeadingNode | BulletListNode
export interface DocNode {
  type: 'doc'
  content: BlockNode[]
}

export function paragraph(text: string): ParagraphNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] }
}

/** A paragraph that starts with a bold label: "**Acme Logistics:** pricing is with finance." */
export function labelled(label: string, rest: string): ParagraphNode {
  return { type: 'paragraph', content: [{ type: 'text', text: label, marks: [{ type: 'bold' }] }, { type: 'text', text: rest }] }
}

export function heading(text: string, level: 2 | 3 = 3): HeadingNode {
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] }
}

export function bulletList(items: Array<string | ParagraphNode>): BulletListNode {
  return {
    type: 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [typeof item === 'string' ? paragraph(item) : item] }))
  }
}

export function doc(blocks: BlockNode[]): DocNode {
  return { type: 'doc', content: blocks }
}

function textOf(node: ParagraphNode | HeadingNode): string {
  return node.content.map((child) => child.text).join('')
}

export function plainTextOf(document: DocNode): string {
  const lines: string[] = []
  for (const block of document.content) {
    if (block.type === 'bulletList') {
      for (const item of block.content) for (const child of item.content) lines.push(textOf(child))
    } else {
      lines.push(textOf(block))
    }
  }
  return lines.join('\n\n')
}

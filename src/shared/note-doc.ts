// A note as it is shown and exported: without the empty bullet the editor leaves after the last
// one (Enter at the end of a list), nor empty paragraphs at its end.

interface DocNode {
  type?: string
  text?: string
  content?: DocNode[]
  [key: string]: unknown
}

const LIST_ITEMS = new Set(['listItem', 'taskItem'])
const LISTS = new Set(['bulletList', 'orderedList', 'taskList'])

function hasText(node: DocNode): boolean {
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  if (node.type === 'horizontalRule' || node.type === 'image') return true
  return (node.content ?? []).some(hasText)
}

function tidy(node: DocNode): DocNode | null {
  if (LIST_ITEMS.has(node.type ?? '') && !hasText(node)) return null
  if (!Array.isArray(node.content)) return node
  const content = node.content.map(tidy).filter((child): child is DocNode => child !== null)
  if (LISTS.has(node.type ?? '') && content.length === 0) return null
  return { ...node, content }
}

/** `doc` (tiptap JSON) without empty list items, lists left empty, or empty paragraphs at its end. Anything not a doc is returned as it is. */
export function withoutEmptyListItems(doc: unknown): unknown {
  const root = doc as DocNode | null
  if (!root || typeof root !== 'object' || root.type !== 'doc' || !Array.isArray(root.content)) return doc
  const tidied = tidy(root) as DocNode
  const content = [...(tidied.content ?? [])]
  while (content.length > 1 && content.at(-1)!.type === 'paragraph' && !hasText(content.at(-1)!)) content.pop()
  return { ...tidied, content }
}

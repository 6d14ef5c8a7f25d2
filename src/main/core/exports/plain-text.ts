// Export documents as plain text: for an email body or a paste into anything.
import { asDocNode, type DocNode, type ExportBlock, type ExportDocument } from './export-document'

function inlineText(nodes: DocNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '\n'
      if (node.type === 'text') {
        const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href
        const text = node.text ?? ''
        return typeof href === 'string' && href.trim() && href.trim() !== text.trim() ? `${text} (${href.trim()})` : text
      }
      return inlineText(node.content ?? [])
    })
    .join('')
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n')
}

function blockText(node: DocNode): string {
  const children = node.content ?? []
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(children)
    case 'bulletList':
      return children.map((item) => prefixLines(itemText(item), '- ', '  ')).join('\n')
    case 'orderedList': {
      const start = Math.max(0, Math.trunc(Number(node.attrs?.start ?? 1)) || 1)
      return children.map((item, index) => prefixLines(itemText(item), `${start + index}. `, '   ')).join('\n')
    }
    case 'taskList':
      return children.map((item) => prefixLines(itemText(item), item.attrs?.checked ? '[x] ' : '[ ] ', '    ')).join('\n')
    case 'blockquote':
      return prefixLines(children.map(blockText).join('\n'), '> ', '> ')
    case 'horizontalRule':
      return '---'
    default:
      return children.some((child) => child.type !== 'text' && child.type !== 'hardBreak') ? children.map(blockText).join('\n') : inlineText(children)
  }
}

function itemText(item: DocNode): string {
  return (item.content ?? []).map(blockText).join('\n')
}

export function docToPlainText(doc: DocNode): string {
  return (doc.content ?? []).map(blockText).filter((text) => text.trim() !== '').join('\n\n')
}

function exportBlockText(block: ExportBlock): string {
  switch (block.kind) {
    case 'text':
    case 'empty':
      return block.text
    case 'items':
      return block.items
        .map((item) => {
          const head = `- ${item.text}${item.meta.length ? ` — ${item.meta.join(' · ')}` : ''}`
          return [prefixLines(head, '', '  '), ...item.details.map((detail) => prefixLines(detail, '  ', '  '))].join('\n')
        })
        .join('\n')
    case 'doc': {
      const doc = asDocNode(block.doc)
      return doc ? docToPlainText(doc) : block.text
    }
  }
}

export function renderPlainText(document: ExportDocument): string {
  const parts = [document.title, ...document.meta]
  for (const section of document.sections) {
    const title = `${section.title}${section.private ? ' (PRIVATE)' : ''}`
    const heading = section.level === 2 ? `${title.toUpperCase()}` : title
    parts.push('', heading)
    for (const block of section.blocks) parts.push(exportBlockText(block))
  }
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n')}\n`
}

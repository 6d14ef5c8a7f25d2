// Export documents and tiptap notes as CommonMark. Every piece of user text is escaped, so a
// note can never turn into markup it did not have (a "# " typed in a paragraph stays text).
import { asDocNode, isSafeHref, type DocNode, type ExportBlock, type ExportDocument, type ExportItem } from './export-document'

/** Escapes text for the middle of a CommonMark line. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
}

/** Escapes what would start a block at the beginning of a line (heading, list, quote, rule). */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#+\-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

/** User text that may hold line breaks: escaped, each line break kept as a hard break. */
export function escapeMarkdownText(text: string, indent = ''): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLineStart(escapeInline(line.trim())))
    .join(`\\\n${indent}`)
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : indent + line))
    .join('\n')
}

type MarkName = 'link' | 'bold' | 'italic' | 'strike' | 'code'
const MARK_ORDER: readonly MarkName[] = ['link', 'bold', 'italic', 'strike', 'code']

interface OpenMark {
  name: MarkName
  href?: string
}

function marksOf(node: DocNode): OpenMark[] {
  const marks: OpenMark[] = []
  for (const name of MARK_ORDER) {
    const mark = node.marks?.find((candidate) => candidate.type === name)
    if (!mark) continue
    if (name === 'link') {
      if (isSafeHref(mark.attrs?.href)) marks.push({ name, href: String(mark.attrs?.href).trim() })
    } else {
      marks.push({ name })
    }
  }
  return marks
}

function linkDestination(href: string): string {
  return href.replace(/[ ()<>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

function opener(mark: OpenMark): string {
  return mark.name === 'link' ? '[' : mark.name === 'bold' ? '**' : mark.name === 'italic' ? '*' : mark.name === 'strike' ? '~~' : '`'
}

function closer(mark: OpenMark): string {
  return mark.name === 'link' ? `](${linkDestination(mark.href ?? '')})` : opener(mark)
}

function sameMark(a: OpenMark, b: OpenMark): boolean {
  return a.name === b.name && a.href === b.href
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** The inline content of a paragraph or heading, with marks nested properly across text nodes. */
function inlineMarkdown(nodes: DocNode[], indent: string): string {
  let out = ''
  const open: OpenMark[] = []
  let atLineStart = true

  const closeDownTo = (depth: number) => {
    const trailing = out.match(/\s*$/)?.[0] ?? ''
    out = out.slice(0, out.length - trailing.length)
    while (open.length > depth) out += closer(open.pop()!)
    out += trailing
  }

  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      closeDownTo(0)
      out += `\\\n${indent}`
      atLineStart = true
      continue
    }
    if (node.type !== 'text' || !node.text) continue
    const marks = marksOf(node)
    const code = marks.some((mark) => mark.name === 'code')
    const wrapping = marks.filter((mark) => mark.name !== 'code')
    let keep = 0
    while (keep < open.length && keep < wrapping.length && sameMark(open[keep]!, wrapping[keep]!)) keep += 1
    closeDownTo(keep)

    let text = node.text.replace(/\r\n?|\n/g, ' ')
    if (atLineStart) text = text.trimStart()
    const leading = wrapping.length > keep || code ? (text.match(/^\s*/)?.[0] ?? '') : ''
    out += leading
    text = text.slice(leading.length)
    if (text === '') continue
    for (const mark of wrapping.slice(keep)) {
      out += opener(mark)
      open.push(mark)
    }
    if (code) out += codeSpan(text)
    else out += atLineStart && open.length === 0 ? escapeLineStart(escapeInline(text)) : escapeInline(text)
    atLineStart = false
  }
  closeDownTo(0)
  return out.trimEnd()
}

function listItemMarkdown(item: DocNode, marker: string, headingBase: number, indentWidth = marker.length): string {
  const indent = ' '.repeat(indentWidth)
  const parts = (item.content ?? []).map((child) => ({ type: child.type, text: blockMarkdown(child, headingBase) })).filter((part) => part.text !== '')
  const body = parts.reduce((joined, part, index) => {
    if (index === 0) return part.text
    // A nested list can follow its paragraph directly; two paragraphs need a blank line.
    return `${joined}${parts[index - 1]!.type === 'paragraph' && part.type === 'paragraph' ? '\n\n' : '\n'}${part.text}`
  }, '')
  return `${marker}${indentLines(body, indent)}`
}

/** Note headings (tiptap levels 2 and 3) sit under the section: level 2 at `headingBase`, 3 one deeper. */
export function noteHeadingLevel(node: DocNode, headingBase: number): number {
  return Math.min(6, headingBase + Math.max(0, Number(node.attrs?.level ?? 2) - 2))
}

/** One block of a note. `headingBase` is the Markdown level a note's level-1 heading gets. */
function blockMarkdown(node: DocNode, headingBase: number, indent = '', alternate = false): string {
  const children = node.content ?? []
  switch (node.type) {
    case 'paragraph':
      return inlineMarkdown(children, indent)
    case 'heading': {
      const level = noteHeadingLevel(node, headingBase)
      const text = inlineMarkdown(children, indent).replace(/\\\n\s*/g, ' ')
      return text ? `${'#'.repeat(level)} ${text}` : ''
    }
    case 'bulletList':
      return children.map((item) => listItemMarkdown(item, alternate ? '* ' : '- ', headingBase)).join('\n')
    case 'orderedList': {
      const start = Math.max(0, Math.trunc(Number(node.attrs?.start ?? 1)) || 1)
      return children.map((item, index) => listItemMarkdown(item, `${start + index}${alternate ? ')' : '.'} `, headingBase)).join('\n')
    }
    case 'taskList':
      return children.map((item) => listItemMarkdown(item, `${alternate ? '*' : '-'} [${item.attrs?.checked ? 'x' : ' '}] `, headingBase, 2)).join('\n')
    case 'blockquote': {
      const inner = blocksMarkdown(children, headingBase)
      return inner
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n')
    }
    case 'codeBlock': {
      const text = children.map((child) => child.text ?? '').join('')
      const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
      const fence = '`'.repeat(longest + 1)
      return `${fence}\n${text}\n${fence}`
    }
    case 'horizontalRule':
      return '***'
    default: {
      // An unknown block keeps its text rather than losing it.
      const hasBlocks = children.some((child) => child.type !== 'text' && child.type !== 'hardBreak')
      return hasBlocks ? blocksMarkdown(children, headingBase, indent) : inlineMarkdown(children, indent)
    }
  }
}

/** A tiptap document as CommonMark; its level-2 headings become `headingBase`. */
export function docToMarkdown(doc: DocNode, headingBase = 3): string {
  return blocksMarkdown(doc.content ?? [], headingBase)
}

const listKind = (node: DocNode | undefined) => (node?.type === 'orderedList' ? 'ordered' : node?.type === 'bulletList' || node?.type === 'taskList' ? 'bullet' : null)

/** Sibling blocks; a list right after a list of the same kind switches marker, or CommonMark would merge them. */
function blocksMarkdown(nodes: DocNode[], headingBase: number, indent = ''): string {
  let alternate = false
  return nodes
    .map((node, index) => {
      const kind = listKind(node)
      alternate = kind !== null && kind === listKind(nodes[index - 1]) ? !alternate : false
      return blockMarkdown(node, headingBase, indent, alternate)
    })
    .filter((text) => text !== '')
    .join('\n\n')
}

function itemMarkdown(item: ExportItem): string {
  const indent = '  '
  let line = `- ${escapeMarkdownText(item.text, indent)}`
  if (item.meta.length) line += ` — ${item.meta.map((part) => escapeMarkdownText(part, indent)).join(' · ')}`
  for (const detail of item.details) line += `\\\n${indent}${escapeMarkdownText(detail, indent)}`
  return line
}

function exportBlockMarkdown(block: ExportBlock, headingBase: number): string {
  switch (block.kind) {
    case 'text':
      return block.strong ? `**${escapeMarkdownText(block.text)}**` : escapeMarkdownText(block.text)
    case 'empty':
      return `*${escapeMarkdownText(block.text)}*`
    case 'items':
      return block.items.map(itemMarkdown).join('\n')
    case 'doc': {
      const doc = asDocNode(block.doc)
      return doc ? docToMarkdown(doc, headingBase) : escapeMarkdownText(block.text)
    }
  }
}

export function renderMarkdown(document: ExportDocument): string {
  const parts = [`# ${escapeMarkdownText(document.title).replace(/\\\n/g, ' ')}`]
  if (document.meta.length) parts.push(document.meta.map((line) => escapeMarkdownText(line)).join('\\\n'))
  for (const section of document.sections) {
    const title = escapeMarkdownText(section.title).replace(/\\\n/g, ' ')
    parts.push(`${'#'.repeat(section.level)} ${title}${section.private ? ' (private)' : ''}`)
    for (const block of section.blocks) {
      const text = exportBlockMarkdown(block, section.level + 1)
      if (text) parts.push(text)
    }
  }
  return `${parts.join('\n\n')}\n`
}

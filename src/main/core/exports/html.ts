// Export documents as one self-contained HTML file: an inline stylesheet, no scripts, no remote
// resources, every piece of user text escaped, links only to web or mail addresses.
import { asDocNode, isSafeHref, type DocNode, type ExportBlock, type ExportDocument, type ExportItem } from './export-document'
import { noteHeadingLevel } from './markdown'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
}

/** Escaped text whose line breaks stay visible. */
function textWithBreaks(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>')
}

function inlineHtml(node: DocNode): string {
  if (node.type === 'hardBreak') return '<br>'
  if (node.type !== 'text') return (node.content ?? []).map(inlineHtml).join('')
  let out = escapeHtml(node.text ?? '')
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        out = `<strong>${out}</strong>`
        break
      case 'italic':
        out = `<em>${out}</em>`
        break
      case 'underline':
        out = `<u>${out}</u>`
        break
      case 'strike':
        out = `<s>${out}</s>`
        break
      case 'code':
        out = `<code>${out}</code>`
        break
      case 'link':
        if (isSafeHref(mark.attrs?.href)) out = `<a href="${escapeHtml(String(mark.attrs?.href).trim())}" rel="noreferrer noopener">${out}</a>`
        break
    }
  }
  return out
}

function blockHtml(node: DocNode, headingBase: number): string {
  const children = node.content ?? []
  const blocks = () => children.map((child) => blockHtml(child, headingBase)).join('')
  switch (node.type) {
    case 'paragraph':
      return `<p>${children.map(inlineHtml).join('')}</p>`
    case 'heading': {
      const level = noteHeadingLevel(node, headingBase)
      return `<h${level}>${children.map(inlineHtml).join('')}</h${level}>`
    }
    case 'bulletList':
      return `<ul>${blocks()}</ul>`
    case 'orderedList': {
      const start = Math.max(0, Math.trunc(Number(node.attrs?.start ?? 1)) || 1)
      return `<ol${start !== 1 ? ` start="${start}"` : ''}>${blocks()}</ol>`
    }
    case 'listItem':
      return `<li>${blocks()}</li>`
    case 'taskList':
      return `<ul class="tasks">${blocks()}</ul>`
    case 'taskItem': {
      const checked = node.attrs?.checked === true
      return `<li class="${checked ? 'task task--done' : 'task'}"><span class="task__box" aria-label="${checked ? 'Done' : 'To do'}">${checked ? '☑' : '☐'}</span> ${blocks()}</li>`
    }
    case 'blockquote':
      return `<blockquote>${blocks()}</blockquote>`
    case 'codeBlock':
      return `<pre><code>${escapeHtml(children.map((child) => child.text ?? '').join(''))}</code></pre>`
    case 'horizontalRule':
      return '<hr>'
    case 'text':
    case 'hardBreak':
      return inlineHtml(node)
    default:
      return children.some((child) => child.type !== 'text' && child.type !== 'hardBreak') ? blocks() : `<p>${children.map(inlineHtml).join('')}</p>`
  }
}

export function docToHtml(doc: DocNode, headingBase = 3): string {
  return (doc.content ?? []).map((block) => blockHtml(block, headingBase)).join('\n')
}

function itemHtml(item: ExportItem): string {
  const meta = item.meta.length ? ` <span class="meta">— ${item.meta.map(escapeHtml).join(' · ')}</span>` : ''
  const details = item.details.map((detail) => `<div class="detail">${textWithBreaks(detail)}</div>`).join('')
  return `<li><span class="item">${textWithBreaks(item.text)}</span>${meta}${details}</li>`
}

function exportBlockHtml(block: ExportBlock, headingBase: number): string {
  switch (block.kind) {
    case 'text':
      return block.strong ? `<p><strong>${textWithBreaks(block.text)}</strong></p>` : `<p>${textWithBreaks(block.text)}</p>`
    case 'empty':
      return `<p class="empty">${escapeHtml(block.text)}</p>`
    case 'items':
      return `<ul class="items">${block.items.map(itemHtml).join('')}</ul>`
    case 'doc': {
      const doc = asDocNode(block.doc)
      return `<div class="note">${doc ? docToHtml(doc, headingBase) : `<p>${textWithBreaks(block.text)}</p>`}</div>`
    }
  }
}

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-variant-ligatures: none; color: #1d2330; max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; overflow-wrap: anywhere; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; line-height: 1.25; }
  h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #d5dae3; padding-bottom: .2rem; }
  h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
  h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
  .meta-lines { color: #4b5565; margin: 0 0 1rem; }
  ul, ol { padding-left: 1.4rem; }
  li { margin: .2rem 0; }
  .meta { color: #4b5565; }
  .detail { color: #333b48; margin-left: .5rem; }
  .empty { color: #5b6575; font-style: italic; }
  .private { border: 1px solid #c98a1d; background: #fff8ea; border-radius: 6px; padding: 0 .75rem .5rem; margin-top: 1.5rem; }
  .private h2, .private h3 { border: 0; }
  .badge { font-size: .75rem; font-weight: 600; border: 1px solid currentColor; border-radius: 999px; padding: 0 .45rem; margin-left: .4rem; vertical-align: middle; color: #8a5a00; }
  ul.tasks { list-style: none; padding-left: .2rem; }
  .task--done > p { text-decoration: line-through; color: #5b6575; }
  .task > p { display: inline; }
  blockquote { border-left: 3px solid #c3cad6; margin: .5rem 0; padding-left: .8rem; color: #333b48; }
  code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .92em; }
  a { color: #1f5fbf; }
  footer { margin-top: 2.5rem; color: #5b6575; font-size: .85rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li { break-inside: avoid; } }
`

export function renderHtml(document: ExportDocument): string {
  const body: string[] = [`<h1>${escapeHtml(document.title)}</h1>`]
  if (document.meta.length) body.push(`<p class="meta-lines">${document.meta.map(escapeHtml).join('<br>')}</p>`)
  for (const section of document.sections) {
    const heading = `<h${section.level}>${escapeHtml(section.title)}${section.private ? ' <span class="badge">Private</span>' : ''}</h${section.level}>`
    const blocks = section.blocks.map((block) => exportBlockHtml(block, section.level + 1)).join('\n')
    body.push(section.private ? `<section class="private">${heading}\n${blocks}</section>` : `<section>${heading}\n${blocks}</section>`)
  }
  return wrapHtmlPage(document.title, body.join('\n'))
}

/** A whole HTML file around `bodyHtml` (already escaped): inline stylesheet, no scripts, nothing fetched. */
export function wrapHtmlPage(title: string, bodyHtml: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // No scripts and nothing fetched: the file is safe to open anywhere and prints as it looks.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    bodyHtml,
    '<footer>Exported from Kept.</footer>',
    '</main>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

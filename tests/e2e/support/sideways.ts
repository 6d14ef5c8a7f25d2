// What makes a screen scroll sideways or cut its content at a narrow window: the page wider than
// the window, or a box whose content is wider than the box (scrolled inside it, clipped, or
// spilling out of it). Runs in the page.
import type { Page } from 'playwright-core'

/** One line per box whose content does not fit its width (none when all fit). The in-page script is a string: the tests compile without the DOM types. */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const problems = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) problems.push(\`the page scrolls sideways (\${root.scrollWidth}px in a \${root.clientWidth}px window)\`)
    const name = (element) => {
      const classes = typeof element.className === 'string' && element.className ? \`.\${element.className.trim().split(/\\s+/).join('.')}\` : ''
      const text = (element.textContent ?? '').trim().replace(/\\s+/g, ' ').slice(0, 50)
      return \`\${element.tagName.toLowerCase()}\${classes} “\${text}”\`
    }
    for (const element of document.querySelectorAll('body *')) {
      // Form controls scroll their own text; hidden and deliberately ellipsised text is meant to be cut.
      if (element.matches('input, textarea, select, option, svg, svg *, .visually-hidden, .visually-hidden *, [contenteditable], [contenteditable] *')) continue
      const html = element
      if (html.clientWidth === 0) continue
      const style = getComputedStyle(html)
      if (style.textOverflow === 'ellipsis' || style.position === 'fixed') continue
      if (html.scrollWidth > html.clientWidth + 1) problems.push(\`\${name(element)} is \${html.scrollWidth - html.clientWidth}px too narrow for its content\`)
    }
    // A drop-down narrower than its chosen option cuts it ("Unchan…").
    const measure = document.createElement('canvas').getContext('2d')
    for (const select of document.querySelectorAll('select')) {
      if (select.clientWidth === 0 || select.closest('.visually-hidden')) continue
      const style = getComputedStyle(select)
      measure.font = \`\${style.fontWeight} \${style.fontSize} \${style.fontFamily}\`
      const text = select.selectedOptions[0]?.textContent ?? ''
      const needed = measure.measureText(text).width + parseFloat(style.paddingLeft) + 20
      if (needed > select.clientWidth) problems.push(\`\${name(select)} cuts its choice (\${Math.ceil(needed)}px needed, \${select.clientWidth}px wide)\`)
    }
    // Buttons beside an item never cover its text.
    for (const item of document.querySelectorAll('.item')) {
      const text = item.querySelector(':scope > .item__main')?.getBoundingClientRect()
      const actions = item.querySelector(':scope > .item__actions')?.getBoundingClientRect()
      if (!text || !actions || actions.width === 0) continue
      const overlap = text.left < actions.right && actions.left < text.right && text.top < actions.bottom && actions.top < text.bottom
      if (overlap) problems.push(\`\${name(item)}: its buttons cover its text\`)
    }
    return problems
  })()`) as Promise<string[]>
}

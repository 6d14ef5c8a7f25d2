// The renderer's floor (PRODUCT.md, "Performance budgets"): a screen as static HTML with the same
// stylesheet, painted in the same Chromium from the same host. It is the screen's DOM captured once
// from the running app, without any of the app's scripts; its paint is timed as the app's screens
// are (a mark after the first frame with the content, see lib/screen-ready.ts), by one tiny script.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

/** The performance mark the floor page sets once painted. */
export const FLOOR_READY_MARK = 'kept:screen-ready:floor'

/** The floor's only script: marks the paint as `useScreenReadyMark` does (after the next frame). */
const MARK_SCRIPT = `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(FLOOR_READY_MARK)}), 0))\n`

export interface FloorDocument {
  /** The whole page, `<!doctype html>` first. */
  html: string
  /**
   * Rules for the elements that carried a `style` attribute (React writes those through the CSSOM;
   * in static HTML the strict CSP would drop them), or '' when none did.
   */
  inlineCss: string
}

// The page-side half: runs in the browser through page.evaluate (its source is sent, so it uses
// nothing from this module); the Node project has no DOM types, hence the loose typing.
function snapshotDocument(names: { markScript: string; inlineCss: string }): { html: string; inlineCss: string } {
  interface Node {
    remove(): void
    getAttribute(name: string): string | null
    setAttribute(name: string, value: string): void
    removeAttribute(name: string): void
    querySelectorAll(selector: string): Node[]
    append(node: Node): void
    outerHTML: string
    textContent: string | null
  }
  const doc = (globalThis as unknown as { document: { documentElement: Node & { cloneNode(deep: boolean): Node }; createElement(tag: string): Node } }).document
  const root = doc.documentElement.cloneNode(true)
  // Nothing of the app runs: no module scripts, no preloads of them.
  for (const element of root.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"][as="script"]')) element.remove()
  const rules: string[] = []
  root.querySelectorAll('[style]').forEach((element, index) => {
    rules.push(`[data-floor-style="${index}"] { ${element.getAttribute('style')} }`)
    element.setAttribute('data-floor-style', String(index))
    element.removeAttribute('style')
  })
  const head = root.querySelectorAll('head')[0]!
  if (rules.length > 0) {
    const link = doc.createElement('link')
    link.setAttribute('rel', 'stylesheet')
    link.setAttribute('href', `./${names.inlineCss}`)
    head.append(link)
  }
  const body = root.querySelectorAll('body')[0]!
  const script = doc.createElement('script')
  script.setAttribute('src', `./${names.markScript}`)
  body.append(script)
  return { html: `<!doctype html>\n${root.outerHTML}\n`, inlineCss: rules.join('\n') }
}

/** Each floor has its own files (`label` names them), so two floors never share one. */
const fileNames = (label: string) => ({ html: `bench-floor-${label}.html`, inlineCss: `bench-floor-${label}.css`, markScript: `bench-floor-${label}.js` })

/** The screen on `page` (already painted) as a static document, to be written with the same `label`. */
export async function captureFloor(page: Page, label: string): Promise<FloorDocument> {
  const names = fileNames(label)
  return page.evaluate(snapshotDocument, { markScript: names.markScript, inlineCss: names.inlineCss })
}

export interface WrittenFloor {
  /** Where the host serves it, relative to the renderer's root (`bench-floor-team.html`). */
  path: string
  remove(): void
}

/** Writes the floor beside the built renderer's index.html, where the browser host serves it with the same headers. */
export function writeFloor(rendererDir: string, label: string, floor: FloorDocument): WrittenFloor {
  const names = fileNames(label)
  const files = [names.html, names.markScript, ...(floor.inlineCss ? [names.inlineCss] : [])].map((name) => join(rendererDir, name))
  writeFileSync(join(rendererDir, names.html), floor.html)
  writeFileSync(join(rendererDir, names.markScript), MARK_SCRIPT)
  if (floor.inlineCss) writeFileSync(join(rendererDir, names.inlineCss), `${floor.inlineCss}\n`)
  return {
    path: names.html,
    remove: () => {
      for (const file of files) rmSync(file, { force: true })
    }
  }
}

// Small helpers the session end-to-end tests share.
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** Calls the API from inside the page, as the renderer does over the browser host. */
export async function callApi<T>(page: Page, method: string, input: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kept': '1' }, body: JSON.stringify(body) })
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
      if (!envelope.ok) throw new Error(envelope.error?.message ?? 'API error')
      return envelope.value
    },
    [method, input] as const
  ) as Promise<T>
}

/** Runs in the page: whether the element has the focus (the tests compile without the DOM types). */
export function isActiveElement(element: unknown): boolean {
  return (element as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === element
}

/** Opens the Rep screen of `rep` by its address and waits for its heading. */
export async function openRep(page: Page, rep: { id: number; name: string }): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/rep/${rep.id}`)
  await page.getByRole('heading', { level: 1, name: rep.name }).waitFor()
}

export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-save-status="saved"]').waitFor({ timeout: 10_000 })
}

/** Waits until one of the text boxes named `name` inside `scope` holds `value` (edited-in-place texts are text boxes, not text). */
export async function waitForTextboxValue(scope: Locator, name: string, value: string): Promise<void> {
  const boxes = scope.getByRole('textbox', { name, exact: true })
  for (let attempt = 0; attempt < 100; attempt++) {
    const values = await Promise.all((await boxes.all()).map((box) => box.inputValue()))
    if (values.includes(value)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`No text box "${name}" holds "${value.slice(0, 60)}…"`)
}

/**
 * Opens Search with Ctrl+K as a person would, pressing again only if the dialog is not there yet:
 * a page just loaded may not listen for its shortcuts until its first screen has rendered.
 */
export async function openSearchWithKeyboard(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Search' })
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  await expect
    .poll(
      async () => {
        if (!(await dialog.isVisible())) await page.keyboard.press('Control+k')
        return dialog.isVisible()
      },
      { timeout: 15_000 }
    )
    .toBe(true)
  return dialog
}

// Every key press of a keyboard-only walk, counted: what the "before/after" figure of the common
// path reports (issue 16). Typed text is counted apart, one press per character.
import type { Page } from 'playwright-core'

export class CountingKeyboard {
  /** Presses of keys and chords (Tab, Enter, J, Alt+4 …), each chord one press. */
  presses = 0
  /** Characters typed into fields. */
  typed = 0

  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.presses++
    await this.page.keyboard.press(key)
  }

  async type(text: string): Promise<void> {
    this.typed += text.length
    await this.page.keyboard.type(text)
  }

  /** Presses Tab until `focused()` says the right element has the focus; fails after `limit` presses. */
  async tabUntil(focused: () => Promise<boolean>, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await focused()) return
      await this.press('Tab')
    }
    if (!(await focused())) throw new Error(`The focus did not get there in ${limit} Tab presses`)
  }
}

/** The accessible-ish name of the focused element: its aria-label, else its text. Runs in the page. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate("(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').trim()") as Promise<string>
}

// The end-to-end tests read the page only through assertions that retry: a one-shot read such as
// `expect(await locator.inputValue()).toBe('2')` fails whenever the page is a moment late.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const E2E_DIR = join('tests', 'e2e')
// Reads of the page through playwright; axe runs and API calls are not reads of what is shown.
const ONE_SHOT_READ = /expect\(\s*await\s+(?![^)]*\b(seriousAxeViolations|callApi|call|startFromRepScreen)\b)[^;]*\.(textContent|innerText|inputValue|getAttribute|allTextContents|count|isVisible|isHidden|isChecked|isDisabled|isEnabled|evaluate|evaluateAll)\(|expect\([^;]*\.(isVisible|isChecked|textContent|inputValue)\(\)\)\.resolves|expect\((new URL\()?page\.url\(\)/

describe('the e2e suite', () => {
  it('asserts about the page only with retrying assertions (expect.poll or a locator wait)', () => {
    const files = readdirSync(E2E_DIR).filter((file) => file.endsWith('.test.ts'))
    expect(files.length).toBeGreaterThan(10)
    const oneShot = files.flatMap((file) =>
      readFileSync(join(E2E_DIR, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (ONE_SHOT_READ.test(line) && !line.includes('expect.poll') ? [`${file}:${index + 1}: ${line.trim()}`] : []))
    )
    expect(oneShot).toEqual([])
  })
})

// The end-to-end tests read the page only through assertions that retry: a one-shot read such as
// `expect(await locator.inputValue()).toBe('2')` fails whenever the page is a moment late.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedStateHandOffs } from './e2e-shared-state'

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

  it('has no test that uses a value an earlier test left in a shared variable', () => {
    const handOffs = readdirSync(E2E_DIR)
      .filter((file) => file.endsWith('.test.ts'))
      .flatMap((file) => sharedStateHandOffs(file, readFileSync(join(E2E_DIR, file), 'utf8')).map((found) => `${file}:${found.line}: "${found.test}" writes ${found.variable}, which "${found.readBy}" uses`))
    expect(handOffs).toEqual([])
  })
})

describe('the shared-state check', () => {
  const journey = `
describe('a journey', () => {
  let app: E2eApp
  let repId = 0
  const sessions: number[] = []
  beforeAll(async () => { app = await launchApp() })
  it('creates a rep', async () => {
    repId = (await call(app.page, 'reps.create', { name: 'Ana' })).id
    sessions.push(1)
  })
  it('opens the rep', async () => {
    await app.page.goto(\`#/rep/\${repId}\`)
    expect(sessions[0]).toBe(1)
  })
})`

  it('finds a test that hands a variable (assigned or pushed to) to a later one', () => {
    expect(sharedStateHandOffs('journey.test.ts', journey).map(({ line, variable, readBy }) => ({ line, variable, readBy }))).toEqual([
      { line: 8, variable: 'repId', readBy: 'opens the rep' },
      { line: 9, variable: 'sessions', readBy: 'opens the rep' }
    ])
  })

  it('accepts setup in hooks, locals that shadow, and a per-test app each test assigns before use', () => {
    const independent = `
let app: E2eApp | undefined
afterEach(async () => { await app?.close() })
describe('independent tests', () => {
  let rep: Rep
  beforeEach(async () => { rep = await makeRep() })
  it('one', async () => {
    app = await launchApp()
    const sessions: number[] = []
    sessions.push(rep.id)
  })
  it('two', async () => {
    app = await launchApp({ demo: true })
    expect(app.page).toBeDefined()
  })
})
describe('another describe with its own app', () => {
  let app: E2eApp
  beforeAll(async () => { app = await launchApp() })
  it('reads its own app', () => expect(app).toBeDefined())
})`
    expect(sharedStateHandOffs('independent.test.ts', independent)).toEqual([])
  })
})

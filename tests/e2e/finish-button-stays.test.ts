// The 1:1's header does not move as the user types: the Finish button stays where it was before
// the first keystroke, at 1280×800 and 1024×640.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { callApi as call, waitForSaved } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

const finishBox = async (page: Page) => {
  const box = await page.getByRole('button', { name: /^Finish 1:1/ }).boundingBox()
  return box && { x: Math.round(box.x), y: Math.round(box.y) }
}

describe('the Finish button', () => {
  let app: E2eApp
  let rep: Rep

  beforeAll(async () => {
    app = await launchApp()
    rep = await call<Rep>(app.page, 'reps.create', { name: 'Anneliese Konstantinopoulou-Vandenberghe', cadence: 'weekly' })
  })
  afterAll(async () => {
    await app?.close()
  })

  for (const [width, height] of [[1280, 800], [1024, 640]] as const) {
    it(`stays put after the first keystroke at ${width}×${height}`, async () => {
      const { page } = app
      await page.setViewportSize({ width, height })
      const live = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
      await page.goto(`${app.host.url}#/session/${live.session.id}?section=1`)
      const line = page.getByLabel('In one line: how are they doing?')
      await line.waitFor()
      const before = await finishBox(page)
      expect(before).not.toBeNull()
      await screenshot(page, `finish-before-typing-${width}`)

      await line.press('G')
      expect(await finishBox(page)).toEqual(before)
      await line.pressSequentially('ood week')
      await waitForSaved(page)
      await expect.poll(() => finishBox(page)).toEqual(before)
      expect(await seriousAxeViolations(page)).toEqual([])
      await screenshot(page, `finish-after-typing-${width}`)
      await call(page, 'sessions.finish', { id: live.session.id })
    })
  }
})

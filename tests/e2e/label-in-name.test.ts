// WCAG 2.5.3, label in name: a control's accessible name contains its visible text, so a voice
// user can say what they see ("click Make default"). Checked with axe's label-content-name-mismatch.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type E2eApp } from './support/harness'

async function nameMismatches(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze()
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`))
}

describe('accessible names contain the visible text', () => {
  let app: E2eApp

  beforeAll(async () => {
    app = await launchApp({ demo: true })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('on Team (with the brand link) and on Templates (with "Make default")', async () => {
    const { page } = app
    await page.locator('.team-table tbody tr').first().waitFor()
    await expect.poll(() => nameMismatches(page)).toEqual([])
    await page.goto(`${app.host.url}#/templates`)
    await page.getByRole('button', { name: /Make default/ }).first().waitFor()
    await expect.poll(() => nameMismatches(page)).toEqual([])
  })
})

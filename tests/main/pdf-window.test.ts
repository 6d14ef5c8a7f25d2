// The hidden window PDFs print in: sandboxed, isolated, no JavaScript; the PDF is the person's alone.
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createPrintPages } from '../../src/main/print-pages'

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)
const { electronPdfDeps } = await import('../../src/main/pdf-window')

describe('the PDF window', () => {
  it('is hidden, sandboxed, isolated and runs no JavaScript', () => {
    const window = electronPdfDeps(createPrintPages()).createWindow() as unknown as InstanceType<typeof fake.BrowserWindow>
    expect(window.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } })
  })

  it('writes the PDF readable by the person only (POSIX permissions; Windows has none to set)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kept-pdf-')), 'summary.pdf')
    await electronPdfDeps(createPrintPages()).writeFile(path, new TextEncoder().encode('%PDF-1.4'))
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.4')
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600)
  })
})

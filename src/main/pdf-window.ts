// The Electron side of PDF export: a hidden window to print in, and the save dialog.
import { BrowserWindow, dialog } from 'electron'
import { writeFile } from 'node:fs/promises'
import type { SavePdfDeps } from './pdf-export'
import type { PrintPages } from './print-pages'

export const electronPdfDeps = (printPages: PrintPages): SavePdfDeps => ({
  printPages,
  createWindow: () =>
    new BrowserWindow({
      show: false,
      // A hidden window that only prints the export's HTML: no script, no images, no middle-click windows.
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, images: false, disableBlinkFeatures: 'Auxclick' }
    }),
  async chooseSavePath(suggestedName) {
    const { canceled, filePath } = await dialog.showSaveDialog({
      title: 'Save as PDF',
      defaultPath: suggestedName,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
    return canceled || !filePath ? null : filePath
  },
  // The PDF holds private notes: readable by the person only.
  writeFile: (path, data) => writeFile(path, data, { mode: 0o600 })
})

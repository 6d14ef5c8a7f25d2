// Saving an exported file from the renderer: a download of a Blob (the browser asks where to
// save; Electron shows its save dialog), and copying text to the clipboard.
import type { ExportedFile } from '@shared/exports'

export function downloadFile(file: { fileName: string; mimeType: string; content: string | Uint8Array }): void {
  const blob = new Blob([file.content as BlobPart], { type: file.mimeType })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export async function copyToClipboard(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('This window cannot use the clipboard. Save the file instead.')
  await navigator.clipboard.writeText(text)
}

export type { ExportedFile }

import { useEffect, useState, type RefObject } from 'react'
import type { ApiError } from '@shared/api-error'
import { asApiError } from '../../lib/use-query'
import { readChosenFile, type ChosenFile } from './FilePicker'

export type DropTarget = RefObject<((file: File) => void) | null>

export interface ImportFile<Preview, Options> {
  file: ChosenFile | null
  preview: Preview | null
  /** What is being done right now ('' when idle), shown as the loading label. */
  busy: string
  error: ApiError | undefined
  /** Reads a chosen or dropped file and previews it. */
  load: (picked: File) => Promise<void>
  /** Previews the current file again with other options (mapping, date order). */
  refresh: (options: Options) => Promise<void>
  /** Runs the import of the current file; on success the file and its preview are cleared. */
  commit: (label: string, run: (file: ChosenFile) => Promise<void>) => Promise<void>
}

/**
 * The file an import panel works on: choosing or dropping one (anywhere on the Import screen,
 * through `dropTargetRef`) reads it and previews it in main, reporting a file too large or
 * unreadable the same way as a preview main refuses. `onNewFile` resets the panel's own state.
 */
export function useImportFile<Preview, Options>({
  readPreview,
  dropTargetRef,
  onNewFile
}: {
  readPreview: (chosen: ChosenFile, options?: Options) => Promise<Preview>
  dropTargetRef: DropTarget
  onNewFile: () => void
}): ImportFile<Preview, Options> {
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState('')
  const [error, setError] = useState<ApiError>()

  async function runPreview(chosen: ChosenFile, options?: Options) {
    setBusy(`Reading ${chosen.fileName}…`)
    setError(undefined)
    try {
      setPreview(await readPreview(chosen, options))
    } catch (caught) {
      setPreview(null)
      setError(asApiError(caught))
    } finally {
      setBusy('')
    }
  }

  async function load(picked: File) {
    onNewFile()
    setPreview(null)
    setError(undefined)
    try {
      setBusy(`Reading ${picked.name}…`)
      const chosen = await readChosenFile(picked)
      setFile(chosen)
      await runPreview(chosen)
    } catch (caught) {
      setBusy('')
      setFile(null)
      setError(asApiError(caught))
    }
  }

  async function refresh(options: Options) {
    if (file) await runPreview(file, options)
  }

  async function commit(label: string, run: (file: ChosenFile) => Promise<void>) {
    if (!file || !preview) return
    setBusy(label)
    setError(undefined)
    try {
      await run(file)
      setPreview(null)
      setFile(null)
    } catch (caught) {
      setError(asApiError(caught))
    } finally {
      setBusy('')
    }
  }

  // A file dropped anywhere on the Import screen comes to the panel shown.
  useEffect(() => {
    dropTargetRef.current = (dropped) => void load(dropped)
    return () => {
      dropTargetRef.current = null
    }
  })

  return { file, preview, busy, error, load, refresh, commit }
}

import { useId } from 'react'
import { IMPORT_MAX_BYTES } from '@shared/imports'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import type { ImportFile } from './use-import-file'

export interface ChosenFile {
  fileName: string
  text: string
}

/** Reads a chosen or dropped file as text, refusing files over 50 MB before reading them. */
export async function readChosenFile(file: File): Promise<ChosenFile> {
  if (file.size > IMPORT_MAX_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; Kept imports files up to 50 MB. Export a shorter period or fewer columns.`)
  }
  return { fileName: file.name, text: await file.text() }
}

/** The file input with its hint, then what the panel's file is doing: reading, or what went wrong. */
export function FilePicker({ label, hint, importing }: { label: string; hint: string; importing: Pick<ImportFile<unknown, unknown>, 'busy' | 'error' | 'load'> }) {
  const hintId = useId()
  const { busy, error, load } = importing
  return (
    <>
      <div className="import-drop">
        <label className="import-drop__label">
          <span className="import-drop__title">{label}</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            aria-describedby={hintId}
            disabled={busy !== ''}
            onChange={(event) => {
              const file = event.target.files?.[0]
              if (file) void load(file)
              event.target.value = ''
            }}
          />
        </label>
        <p id={hintId} className="muted">
          {hint}
        </p>
      </div>
      {busy && <Loading label={busy} />}
      <ErrorBanner error={error} />
    </>
  )
}

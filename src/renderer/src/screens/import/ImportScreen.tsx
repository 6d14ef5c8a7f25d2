// Import: CRM numbers into goal check-ins, and a roster into the team. Files are read here but
// parsed and checked in main, so a large export never blocks the page.
import { useRef, useState, type DragEvent } from 'react'
import { api } from '../../api'
import { Tabs } from '../../components/Tabs'
import { useQuery } from '../../lib/use-query'
import { MetricImportPanel } from './MetricImportPanel'
import { PastImports } from './PastImports'
import { RosterImportPanel } from './RosterImportPanel'

type ImportMode = 'metrics' | 'roster'

const TABS = [
  { key: 'metrics', label: 'CRM metrics' },
  { key: 'roster', label: 'Rep roster' }
] as const

export default function ImportScreen({ initialMode = 'metrics' }: { initialMode?: ImportMode }) {
  const [mode, setMode] = useState<ImportMode>(initialMode)
  const dropTargetRef = useRef<((file: File) => void) | null>(null)
  const [dragging, setDragging] = useState(false)
  const imports = useQuery(() => api['imports.list']({}), 'imports')

  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!event.dataTransfer.types.includes('Files')) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setDragging(true)
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) dropTargetRef.current?.(file)
  }

  return (
    <section
      className={`screen import-screen${dragging ? ' is-dragging' : ''}`}
      aria-labelledby="import-title"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="screen__header">
        <div>
          <h1 id="import-title">Import</h1>
          <p className="screen__subtitle">CRM numbers into your reps’ goals, or reps into your team, from CSV exports you choose. Nothing leaves this computer.</p>
        </div>
      </header>
      <Tabs
        label="What to import"
        tabs={TABS}
        selected={mode}
        onSelect={setMode}
        render={(key) =>
          key === 'metrics' ? (
            <>
              <MetricImportPanel dropTargetRef={dropTargetRef} onImported={imports.reload} />
              <PastImports imports={imports} />
            </>
          ) : (
            <RosterImportPanel dropTargetRef={dropTargetRef} />
          )
        }
      />
    </section>
  )
}

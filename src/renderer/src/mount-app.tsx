// The React app, loaded by main.tsx: it mounts once the first screen's answers have arrived (see
// lib/start-up.ts), so the first render is the finished screen.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { applyStartUpAppearance } from './lib/appearance'
import { endStartUp } from './lib/prefetch'
import { afterFirstScreen } from './lib/screen-ready'
import { warmUpDateInputs } from './lib/warm-up'
import { RecoveryGate } from './screens/recovery/RecoveryGate'

export async function mountApp(firstScreen: Promise<void>): Promise<void> {
  await firstScreen
  // Theme and date format before the first render: it is not drawn twice.
  applyStartUpAppearance()
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RecoveryGate>
        <App />
      </RecoveryGate>
    </StrictMode>
  )
  window.addEventListener('hashchange', endStartUp, { once: true })
  afterFirstScreen(() => {
    endStartUp()
    warmUpDateInputs()
  })
}

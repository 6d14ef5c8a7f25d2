import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { flushAllPendingWrites } from './lib/pending-writes'
import { afterFirstScreen } from './lib/screen-ready'
import { askBeforeLeavingWhileUnsaved } from './lib/unload-guard'
import { prefetchFirstScreen } from './lib/start-up'
import { warmUpDateInputs } from './lib/warm-up'
import { RecoveryGate } from './screens/recovery/RecoveryGate'
import './styles/app.css'

// Before closing or quitting, the app's main process asks the page to save and waits for the
// answer; it must come on every screen, the recovery screen and the loading one included. In a
// browser, leaving while something is unsaved asks instead.
if (window.keptApp) window.keptApp.onFlushRequest(flushAllPendingWrites)
else askBeforeLeavingWhileUnsaved(window)

prefetchFirstScreen()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RecoveryGate>
      <App />
    </RecoveryGate>
  </StrictMode>
)

afterFirstScreen(warmUpDateInputs)

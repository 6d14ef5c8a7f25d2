import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { afterFirstScreen } from './lib/screen-ready'
import { prefetchFirstScreen } from './lib/start-up'
import { warmUpDateInputs } from './lib/warm-up'
import { RecoveryGate } from './screens/recovery/RecoveryGate'
import './styles/app.css'

prefetchFirstScreen()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RecoveryGate>
      <App />
    </RecoveryGate>
  </StrictMode>
)

afterFirstScreen(warmUpDateInputs)

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { RecoveryGate } from './screens/recovery/RecoveryGate'
import './styles/app.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RecoveryGate>
      <App />
    </RecoveryGate>
  </StrictMode>
)

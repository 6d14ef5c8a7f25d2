// The page's first script, kept small: it asks for the first screen's data at once, then loads
// the app (React and the screens, preloaded by index.html) while the answers are on their way.
import { flushAllPendingWrites } from './lib/pending-writes'
import { startFirstScreen } from './lib/start-up'
import { askBeforeLeavingWhileUnsaved } from './lib/unload-guard'
import './styles/app.css'

// Before closing or quitting, the app's main process asks the page to save and waits for the
// answer; it must come on every screen, the recovery screen and the loading one included. In a
// browser, leaving while something is unsaved asks instead.
if (window.keptApp) window.keptApp.onFlushRequest(flushAllPendingWrites)
else askBeforeLeavingWhileUnsaved(window)

const firstScreen = startFirstScreen()
import('./mount-app').then(
  ({ mountApp }) => mountApp(firstScreen),
  () => {
    // Never a blank window: say what happened (the app's files are missing or damaged).
    document.getElementById('root')!.textContent = 'Kept could not load its screens. Quit and open it again; if this keeps happening, reinstall Kept (your data file is not touched).'
  }
)

// `window.kept`, as exposed by src/preload/index.ts. Optional: the renderer also runs in a plain
// browser (the browser host), where there is no bridge. Same declaration as src/renderer/src/api.ts.
import type { KeptBridge } from '@shared/bridge'

declare global {
  interface Window {
    kept?: KeptBridge
  }
}

export {}

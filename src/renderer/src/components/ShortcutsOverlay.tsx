import { SHORTCUT_GROUPS, SHORTCUTS } from '../lib/shortcuts'
import { Dialog } from './Dialog'
import { Keys } from './Keys'

/** The "?" overlay: every shortcut, straight from the shortcut table. */
export function ShortcutsOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose} size="wide">
      <div className="shortcuts">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="shortcuts__group" aria-label={group}>
            <h3>{group}</h3>
            <dl>
              {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
                <div key={shortcut.id} className="shortcuts__row">
                  <dt>
                    <Keys id={shortcut.id} />
                  </dt>
                  <dd>{shortcut.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  )
}

import { displayKeys, type ShortcutId } from '../lib/shortcuts'

/** A shortcut's keys as <kbd> elements, from the one shortcut table. */
export function Keys({ id }: { id: ShortcutId }) {
  const keys = displayKeys(id)
  return (
    <span className="keys">
      {keys.map((key, index) => (
        <kbd key={index}>{key}</kbd>
      ))}
    </span>
  )
}

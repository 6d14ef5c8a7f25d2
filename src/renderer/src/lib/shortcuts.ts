// Every keyboard shortcut of Kept, in one table: the handlers match events with it and the "?"
// overlay lists it, so the two cannot drift apart.

export type ShortcutId =
  | 'search'
  | 'startNext'
  | 'nextItem'
  | 'previousItem'
  | 'acceptSuggestion'
  | 'dismissSuggestion'
  | 'quickCapture'
  | 'help'
  | 'addItem'
  | 'nextSection'
  | 'previousSection'
  | 'jumpToSection'
  | 'finish'
  | 'markDone'
  | 'markMissed'
  | 'markCarried'
  | 'markDropped'
  | 'switchOwner'
  | 'bold'
  | 'italic'
  | 'heading'
  | 'subheading'
  | 'paragraph'
  | 'bulletList'
  | 'orderedList'
  | 'taskList'
  | 'undo'

export type ShortcutGroup = 'Anywhere' | 'On Team' | 'During a 1:1' | 'Review lists (agreements, goals, points…)' | 'Suggested points' | 'Next steps' | 'Notes'

/** Key tokens; "Mod" is ⌘ on a Mac and Ctrl elsewhere, "Alt" is ⌥ on a Mac. */
export interface Shortcut {
  id: ShortcutId
  group: ShortcutGroup
  keys: string[]
  description: string
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'search', group: 'Anywhere', keys: ['Mod', 'K'], description: 'Search' },
  { id: 'quickCapture', group: 'Anywhere', keys: ['Mod', 'Shift', 'J'], description: 'Jot a talking point for a rep’s next 1:1' },
  { id: 'help', group: 'Anywhere', keys: ['?'], description: 'Show these shortcuts (when not typing in a field)' },
  { id: 'addItem', group: 'Anywhere', keys: ['Enter'], description: 'Add the item typed in an “Add …” field' },
  { id: 'startNext', group: 'On Team', keys: ['N'], description: 'Start (or resume) the next due 1:1' },
  { id: 'nextSection', group: 'During a 1:1', keys: ['Alt', '↓'], description: 'Next section' },
  { id: 'previousSection', group: 'During a 1:1', keys: ['Alt', '↑'], description: 'Previous section' },
  { id: 'jumpToSection', group: 'During a 1:1', keys: ['Alt', '1 … 9'], description: 'Jump to section 1 to 9' },
  { id: 'finish', group: 'During a 1:1', keys: ['Mod', 'Enter'], description: 'Finish the 1:1 (asks first)' },
  { id: 'nextItem', group: 'Review lists (agreements, goals, points…)', keys: ['J'], description: 'Next item' },
  { id: 'previousItem', group: 'Review lists (agreements, goals, points…)', keys: ['K'], description: 'Previous item' },
  { id: 'markDone', group: 'Review lists (agreements, goals, points…)', keys: ['D'], description: 'Agreement: mark done, then the next one' },
  { id: 'markMissed', group: 'Review lists (agreements, goals, points…)', keys: ['M'], description: 'Agreement: mark missed (then say why)' },
  { id: 'markCarried', group: 'Review lists (agreements, goals, points…)', keys: ['C'], description: 'Agreement: carry forward, then the next one' },
  { id: 'markDropped', group: 'Review lists (agreements, goals, points…)', keys: ['X'], description: 'Agreement: drop, then the next one' },
  { id: 'acceptSuggestion', group: 'Suggested points', keys: ['A'], description: 'Accept the suggested point onto the agenda' },
  { id: 'dismissSuggestion', group: 'Suggested points', keys: ['X'], description: 'Dismiss the suggested point' },
  { id: 'switchOwner', group: 'Next steps', keys: ['Alt', 'O'], description: 'Switch the owner between the rep and you' },
  { id: 'bold', group: 'Notes', keys: ['Mod', 'B'], description: 'Bold' },
  { id: 'italic', group: 'Notes', keys: ['Mod', 'I'], description: 'Italic' },
  { id: 'heading', group: 'Notes', keys: ['Mod', 'Alt', '2'], description: 'Heading' },
  { id: 'subheading', group: 'Notes', keys: ['Mod', 'Alt', '3'], description: 'Subheading' },
  { id: 'paragraph', group: 'Notes', keys: ['Mod', 'Alt', '0'], description: 'Back to plain text' },
  { id: 'bulletList', group: 'Notes', keys: ['Mod', 'Shift', '8'], description: 'Bullet list' },
  { id: 'orderedList', group: 'Notes', keys: ['Mod', 'Shift', '7'], description: 'Numbered list' },
  { id: 'taskList', group: 'Notes', keys: ['Mod', 'Shift', '9'], description: 'Checklist' },
  { id: 'undo', group: 'Notes', keys: ['Mod', 'Z'], description: 'Undo' }
]

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Anywhere', 'On Team', 'During a 1:1', 'Review lists (agreements, goals, points…)', 'Suggested points', 'Next steps', 'Notes']

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
}

/** The keys as shown to the user on this platform. */
export function displayKeys(id: ShortcutId): string[] {
  const shortcut = SHORTCUTS.find((candidate) => candidate.id === id)
  if (!shortcut) return []
  const mac = isMac()
  return shortcut.keys.map((key) => (key === 'Mod' ? (mac ? '⌘' : 'Ctrl') : key === 'Alt' ? (mac ? '⌥' : 'Alt') : key))
}

/** "Alt+O", for hints and aria-keyshortcuts-like text. */
export function shortcutText(id: ShortcutId): string {
  return displayKeys(id).join('+')
}

/** aria-keyshortcuts value (platform neutral). */
export function ariaKeyShortcuts(id: ShortcutId): string {
  const shortcut = SHORTCUTS.find((candidate) => candidate.id === id)
  if (!shortcut) return ''
  const mac = isMac()
  return shortcut.keys.map((key) => (key === 'Mod' ? (mac ? 'Meta' : 'Control') : key === '↓' ? 'ArrowDown' : key === '↑' ? 'ArrowUp' : key)).join('+')
}

type KeyEvent = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>

const mod = (event: KeyEvent) => event.ctrlKey || event.metaKey
const plain = (event: KeyEvent) => !event.ctrlKey && !event.metaKey && !event.altKey

/** Whether the user is typing in a text field (where letter shortcuts must not fire). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
  return false
}

const MATCHERS: Partial<Record<ShortcutId, (event: KeyEvent) => boolean>> = {
  search: (event) => mod(event) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k',
  quickCapture: (event) => mod(event) && event.shiftKey && !event.altKey && event.code === 'KeyJ',
  help: (event) => event.key === '?' && !mod(event) && !event.altKey && !isTypingTarget(event.target),
  nextSection: (event) => event.altKey && !mod(event) && !event.shiftKey && event.key === 'ArrowDown',
  previousSection: (event) => event.altKey && !mod(event) && !event.shiftKey && event.key === 'ArrowUp',
  jumpToSection: (event) => event.altKey && !mod(event) && !event.shiftKey && /^Digit[1-9]$/.test(event.code),
  finish: (event) => mod(event) && !event.altKey && !event.shiftKey && event.key === 'Enter',
  startNext: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'n' && !isTypingTarget(event.target),
  nextItem: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'j' && !isTypingTarget(event.target),
  previousItem: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'k' && !isTypingTarget(event.target),
  acceptSuggestion: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'a' && !isTypingTarget(event.target),
  dismissSuggestion: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'x' && !isTypingTarget(event.target),
  markDone: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'd',
  markMissed: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'm',
  markCarried: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'c',
  markDropped: (event) => plain(event) && !event.shiftKey && event.key.toLowerCase() === 'x',
  switchOwner: (event) => event.altKey && !mod(event) && !event.shiftKey && event.code === 'KeyO'
}

export function matches(id: ShortcutId, event: KeyEvent): boolean {
  return MATCHERS[id]?.(event) ?? false
}

/** For "jump to section": the 0-based index of Alt+1…9. */
export function sectionIndexOf(event: KeyEvent): number | null {
  if (!matches('jumpToSection', event)) return null
  return Number(event.code.slice(5)) - 1
}

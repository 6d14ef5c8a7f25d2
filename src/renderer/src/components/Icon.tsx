// Small inline SVG icons (emoji glyphs are missing from many systems' fonts).
const PATHS = {
  lock: 'M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2z',
  link: 'M6.9 9.1a.75.75 0 0 1 0-1.06l1.2-1.2a.75.75 0 1 1 1.06 1.06l-1.2 1.2a.75.75 0 0 1-1.06 0zM4.4 8.6l1.1-1.1a.75.75 0 1 0-1.06-1.06l-1.1 1.1a3 3 0 0 0 4.24 4.24l1.1-1.1a.75.75 0 0 0-1.06-1.06l-1.1 1.1A1.5 1.5 0 0 1 4.4 8.6zm7.2-1.2-1.1 1.1a.75.75 0 1 0 1.06 1.06l1.1-1.1a3 3 0 0 0-4.24-4.24l-1.1 1.1a.75.75 0 0 0 1.06 1.06l1.1-1.1a1.5 1.5 0 0 1 2.12 2.12z',
  star: 'M8 1.5l1.9 4 4.35.5-3.2 3 .85 4.3L8 11.2l-3.9 2.1.85-4.3-3.2-3 4.35-.5z'
} as const

export type IconName = keyof typeof PATHS

/** A decorative 16×16 icon (hidden from assistive technology; the text beside it names it). */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon${className ? ` ${className}` : ''}`} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  )
}

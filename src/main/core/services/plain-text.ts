// Short plain-text previews of notes for lists and the brief.

/** Cuts `text` to at most `max` characters, at a word boundary where possible, ending in '…'. */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text
  const room = text.slice(0, max - 1)
  const space = room.lastIndexOf(' ')
  return `${(space > max * 0.6 ? room.slice(0, space) : room).trimEnd()}…`
}

/** The text on one line (whitespace collapsed), cut to `max` characters. */
export function excerpt(text: string, max: number): string {
  return cutAt(text.replace(/\s+/g, ' ').trim(), max)
}

/** The first `lines` non-empty lines of `text`, cut to `max` characters; '…' marks anything left out. */
export function firstLines(text: string, lines: number, max: number): string {
  const all = text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
  const kept = all.slice(0, lines).join('\n')
  const cut = cutAt(kept, max)
  return all.length > lines && !cut.endsWith('…') ? `${cut}…` : cut
}

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
  // Reads line by line and stops at the first line past `lines`: notes can be long.
  const kept: string[] = []
  let more = false
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(start, end).replace(/\s+/g, ' ').trim()
    if (line !== '') {
      if (kept.length === lines) {
        more = true
        break
      }
      kept.push(line)
    }
    start = end + 1
  }
  const cut = cutAt(kept.join('\n'), max)
  return more && !cut.endsWith('…') ? `${cut}…` : cut
}

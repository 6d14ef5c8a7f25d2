// An email draft as a mailto: link. Mail programs and browsers cut long links, so the body is
// shortened to keep the whole link within MAILTO_MAX_LENGTH, with a line saying so.
import { MAILTO_MAX_LENGTH, type MailtoDraft } from '@shared/exports'

export const TRUNCATION_NOTE = '\n\n[…] The summary was shortened to fit an email link. The full summary is in the exported file.'

function hrefOf(to: string, subject: string, body: string): string {
  // encodeURIComponent leaves nothing that would end a query parameter; the address keeps its @.
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`
}

export function buildMailto(to: string, subject: string, body: string, maxLength = MAILTO_MAX_LENGTH): MailtoDraft {
  const full = hrefOf(to, subject, body)
  if (full.length <= maxLength) return { href: full, to, subject, body, truncated: false }
  // The longest prefix of the body (in whole characters) that fits with the note.
  const chars = Array.from(body)
  let low = 0
  let high = chars.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (hrefOf(to, subject, chars.slice(0, middle).join('') + TRUNCATION_NOTE).length <= maxLength) low = middle
    else high = middle - 1
  }
  const shortened = chars.slice(0, low).join('').trimEnd() + TRUNCATION_NOTE
  return { href: hrefOf(to, subject, shortened), to, subject, body: shortened, truncated: true }
}

// Links Kept hands to the system: a web page (http/https) opens in the browser only after the
// person has seen where it goes and said yes; an email draft (mailto:) reaches the mail program
// carrying nothing but to, cc, subject and body, each checked, and the link is rebuilt from them.
// Pure, so every rule is tested without Electron; src/main/index.ts wires it to shell.openExternal.

export const MAX_EXTERNAL_URL_LENGTH = 4096

export type ExternalLink = { kind: 'web'; url: string; host: string } | { kind: 'mail'; url: string }

function hasControlCharacters(text: string, allowed = ''): boolean {
  for (const character of text) {
    const code = character.charCodeAt(0)
    if ((code < 0x20 || (code >= 0x7f && code <= 0x9f)) && !allowed.includes(character)) return true
  }
  return false
}

const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{1,62}$/

/** One plain email address (no name, no comment, no route): the only kind a draft may carry. */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text)
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function addressesOf(list: string): string[] | null {
  const decoded = decode(list)
  if (decoded === null) return null
  const addresses = decoded
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '')
  return addresses.every(isEmailAddress) ? addresses : null
}

const encodeAddress = (address: string): string => encodeURIComponent(address).replace(/%40/g, '@')

/**
 * A `mailto:` link rebuilt from its to, cc, subject and body, or null when an address is not a
 * plain address or the link cannot be read. Any other field (bcc, attach, from, …) is dropped;
 * the subject loses line breaks (no header injection); the body keeps only line breaks and tabs.
 */
export function rebuildMailto(url: string): string | null {
  if (!/^mailto:/i.test(url) || url.length > MAX_EXTERNAL_URL_LENGTH || hasControlCharacters(url)) return null
  const rest = url.slice('mailto:'.length)
  const questionMark = rest.indexOf('?')
  const to = addressesOf(questionMark === -1 ? rest : rest.slice(0, questionMark))
  if (!to) return null
  const cc: string[] = []
  let subject: string | null = null
  let body: string | null = null
  for (const pair of questionMark === -1 ? [] : rest.slice(questionMark + 1).split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const name = (equals === -1 ? pair : pair.slice(0, equals)).toLowerCase()
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1)
    if (name === 'to' || name === 'cc') {
      const addresses = addressesOf(rawValue)
      if (!addresses) return null
      ;(name === 'to' ? to : cc).push(...addresses)
    } else if (name === 'subject' || name === 'body') {
      const value = decode(rawValue)
      if (value === null) return null
      if (name === 'subject' && subject === null) subject = value.replace(/[\r\n]+/g, ' ')
      if (name === 'body' && body === null) body = value
    }
  }
  if (subject !== null && hasControlCharacters(subject, '\t')) return null
  if (body !== null && hasControlCharacters(body, '\r\n\t')) return null
  const fields = [
    ...(cc.length > 0 ? [`cc=${cc.map(encodeAddress).join(',')}`] : []),
    ...(subject !== null ? [`subject=${encodeURIComponent(subject)}`] : []),
    ...(body !== null ? [`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`] : [])
  ]
  const rebuilt = `mailto:${to.map(encodeAddress).join(',')}${fields.length > 0 ? `?${fields.join('&')}` : ''}`
  return rebuilt.length <= MAX_EXTERNAL_URL_LENGTH ? rebuilt : null
}

/** What an external link is, rebuilt as it will be opened, or null when Kept will not open it. */
export function parseExternalLink(url: unknown): ExternalLink | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH || url !== url.trim() || hasControlCharacters(url)) return null
  if (/^mailto:/i.test(url)) {
    const rebuilt = rebuildMailto(url)
    return rebuilt ? { kind: 'mail', url: rebuilt } : null
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null
  return { kind: 'web', url: parsed.href, host: parsed.hostname }
}

export interface LinkQuestion {
  message: string
  detail: string
  /** [cancel, open]: cancel is the default and what Escape chooses. */
  buttons: [string, string]
}

/** The question shown before a web link opens: the host (as the browser will see it, IDN in punycode) and the whole address. */
export function webLinkQuestion(link: Extract<ExternalLink, { kind: 'web' }>): LinkQuestion {
  return {
    message: `Open ${link.host} in your browser?`,
    detail: `This link leaves Kept and goes to:\n\n${link.url}\n\nNothing is sent from Kept; your browser opens the address.`,
    buttons: ['Cancel', 'Open in browser']
  }
}

export interface ExternalLinkOpenerDeps {
  /** Shows the question (a native dialog); true when the person chose to open the link. */
  confirm(question: LinkQuestion): Promise<boolean>
  openExternal(url: string): Promise<void>
}

export type OpenOutcome = 'opened' | 'declined' | 'refused' | 'busy'

/**
 * Opens links the page hands over (a clicked link: will-navigate or the window-open handler):
 * mail drafts at once (rebuilt), web pages after the person confirms. One question at a time, so
 * a page cannot pile up dialogs.
 */
export function createExternalLinkOpener({ confirm, openExternal }: ExternalLinkOpenerDeps): (url: string) => Promise<OpenOutcome> {
  let asking = false
  return async (url) => {
    const link = parseExternalLink(url)
    if (!link) return 'refused'
    if (link.kind === 'web') {
      if (asking) return 'busy'
      asking = true
      try {
        if (!(await confirm(webLinkQuestion(link)))) return 'declined'
      } finally {
        asking = false
      }
    }
    await openExternal(link.url)
    return 'opened'
  }
}

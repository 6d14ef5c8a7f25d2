// Links that leave Kept: a web page opens only after the person has seen where it goes; an email
// draft carries only to, cc, subject and body, rebuilt from checked parts.
import { describe, expect, it, vi } from 'vitest'
import { buildMailto } from '../../src/main/core/exports/mailto'
import { createExternalLinkOpener, isEmailAddress, parseExternalLink, rebuildMailto, webLinkQuestion, type LinkQuestion } from '../../src/main/external-links'

describe('email drafts (mailto:)', () => {
  it('passes Kept\'s own email draft through unchanged, long body and line breaks included', () => {
    const draft = buildMailto('dana.reyes@example.com', '1:1 with Dana — 15 June', 'Agreed:\n- Send the Acme proposal\n- 50% + 10 calls & a demo?\n')
    expect(rebuildMailto(draft.href)).toBe(draft.href)
    const noAddress = buildMailto('', 'Summary', 'Notes')
    expect(rebuildMailto(noAddress.href)).toBe(noAddress.href)
  })

  it('keeps only to, cc, subject and body: bcc, attachments and anything else are dropped', () => {
    expect(rebuildMailto('mailto:ana@example.com?bcc=spy@evil.example&attach=%2Fetc%2Fpasswd&Attachment=C%3A%5Csecret.txt&from=boss@example.com&subject=Hi&X-Header=1&body=Text')).toBe(
      'mailto:ana@example.com?subject=Hi&body=Text'
    )
    expect(rebuildMailto('mailto:ana@example.com?CC=bo@example.com,cy@example.com&to=di@example.com&SUBJECT=Hi')).toBe('mailto:ana@example.com,di@example.com?cc=bo@example.com,cy@example.com&subject=Hi')
  })

  it('takes "+" literally, as RFC 6068 says (not as a space)', () => {
    expect(rebuildMailto('mailto:ana+kept@example.com?subject=1+1')).toBe('mailto:ana%2Bkept@example.com?subject=1%2B1')
  })

  it('puts a subject on one line, so no header can be slipped in', () => {
    expect(rebuildMailto('mailto:ana@example.com?subject=Hi%0D%0ABcc:%20spy@evil.example')).toBe('mailto:ana@example.com?subject=Hi%20Bcc%3A%20spy%40evil.example')
  })

  it.each([
    'mailto:ana@example.com%0ABcc:spy@evil.example',
    'mailto:%22Evil%22%20%3Cspy@evil.example%3E',
    'mailto:ana@example.com?cc=not%20an%20address',
    'mailto:ana@localhost',
    'mailto:@example.com',
    'mailto:ana@example.com?body=%00',
    'mailto:ana@example.com?subject=%E0%A4%A',
    'mailto:ana@exa mple.com',
    `mailto:ana@example.com?body=${'a'.repeat(5000)}`
  ])('refuses %j', (url) => expect(rebuildMailto(url)).toBeNull())

  it('knows a plain address from anything else', () => {
    expect(isEmailAddress('dana.reyes@example.co.uk')).toBe(true)
    expect(isEmailAddress('Dana <dana@example.com>')).toBe(false)
    expect(isEmailAddress('dana@example.com,spy@evil.example')).toBe(false)
  })
})

describe('web links', () => {
  it('are http(s) without credentials, rebuilt; the host is shown as the browser will see it', () => {
    expect(parseExternalLink('https://example.com/deal?id=1#x')).toEqual({ kind: 'web', url: 'https://example.com/deal?id=1#x', host: 'example.com' })
    // A look-alike name (Cyrillic "е") shows in punycode.
    expect(parseExternalLink('https://\u0435xample.com/')).toMatchObject({ host: 'xn--xample-2of.com' })
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.com/', 'ftp://example.com', 'kept://x', 42, null]) {
      expect(parseExternalLink(url)).toBeNull()
    }
  })

  it('are named, whole, in the question', () => {
    const question = webLinkQuestion({ kind: 'web', url: 'https://example.com/deal', host: 'example.com' })
    expect(question.message).toBe('Open example.com in your browser?')
    expect(question.detail).toContain('https://example.com/deal')
    expect(question.buttons).toEqual(['Cancel', 'Open in browser'])
  })
})

describe('opening a link', () => {
  function opener(answers: boolean[]) {
    const questions: LinkQuestion[] = []
    const openExternal = vi.fn(async (_url: string) => undefined)
    const open = createExternalLinkOpener({
      confirm: async (question) => {
        questions.push(question)
        return answers.shift() ?? false
      },
      openExternal
    })
    return { open, questions, openExternal }
  }

  it('opens a web page only after the person says yes, having seen where it goes', async () => {
    const { open, questions, openExternal } = opener([false, true])
    expect(await open('https://example.com/deal')).toBe('declined')
    expect(openExternal).not.toHaveBeenCalled()
    expect(await open('https://example.com/deal')).toBe('opened')
    expect(questions.map((question) => question.message)).toEqual(['Open example.com in your browser?', 'Open example.com in your browser?'])
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/deal')
  })

  it('opens an email draft at once, rebuilt, and refuses anything else without asking', async () => {
    const { open, questions, openExternal } = opener([])
    expect(await open('mailto:ana@example.com?attach=%2Fetc%2Fpasswd&subject=Hi')).toBe('opened')
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('mailto:ana@example.com?subject=Hi')
    expect(await open('javascript:alert(1)')).toBe('refused')
    expect(await open('file:///etc/passwd')).toBe('refused')
    expect(questions).toEqual([])
  })

  it('asks one question at a time: a page cannot pile up dialogs', async () => {
    let answer: (yes: boolean) => void = () => undefined
    const openExternal = vi.fn(async (_url: string) => undefined)
    const open = createExternalLinkOpener({ confirm: () => new Promise((resolve) => (answer = resolve)), openExternal })
    const first = open('https://example.com/1')
    expect(await open('https://example.com/2')).toBe('busy')
    answer(true)
    expect(await first).toBe('opened')
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/1')
  })
})

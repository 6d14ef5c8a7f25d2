// The empty bullet the editor leaves after the last one (Enter at the end of a list) is in no export.
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

const text = (value: string) => ({ type: 'text', text: value })
const bullet = (words?: string) => ({ type: 'listItem', content: [{ type: 'paragraph', ...(words ? { content: [text(words)] } : {}) }] })
const NOTES = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [text('Deals')] },
    { type: 'bulletList', content: [bullet('Pinecrest moved to proposal'), bullet('Quarry Labs stalled'), bullet()] },
    { type: 'paragraph' }
  ]
}

describe('exports of a note ending in an empty bullet', () => {
  it('lists only the bullets with words, in every format', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const { session } = core.ok('sessions.start', { repId })
    core.ok('notes.save', { sessionId: session.id, kind: 'shared', templateSectionId: null, doc: NOTES, text: 'Deals\nPinecrest moved to proposal\nQuarry Labs stalled\n', baseRevision: 0 })
    core.ok('sessions.finish', { id: session.id })

    const markdown = core.ok('exports.session', { sessionId: session.id, format: 'md' }).content
    expect(markdown).toContain('- Quarry Labs stalled')
    expect(markdown).not.toMatch(/^\s*[-*]\s*$/m)
    const html = core.ok('exports.session', { sessionId: session.id, format: 'html' }).content
    expect(html).toContain('Quarry Labs stalled')
    expect(html).not.toMatch(/<li>(\s|<p>\s*<\/p>)*<\/li>/)
    const plain = core.ok('exports.session', { sessionId: session.id, format: 'txt' }).content
    expect(plain).toContain('Quarry Labs stalled')
    expect(plain).not.toMatch(/^\s*([-*•]|\d+\.)\s*$/m)
  })
})

import { describe, expect, it } from 'vitest'
import { withoutEmptyListItems } from '../../src/shared/note-doc'

const text = (value: string) => ({ type: 'text', text: value })
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', ...(content.length > 0 ? { content } : {}) })
const item = (...content: unknown[]) => ({ type: 'listItem', content })

describe('a note without the editor’s empty bullets', () => {
  it('drops the empty bullet Enter leaves after the last one', () => {
    const doc = { type: 'doc', content: [{ type: 'bulletList', content: [item(paragraph(text('Pricing'))), item(paragraph(text('Hiring'))), item(paragraph())] }] }
    expect(withoutEmptyListItems(doc)).toEqual({ type: 'doc', content: [{ type: 'bulletList', content: [item(paragraph(text('Pricing'))), item(paragraph(text('Hiring')))] }] })
  })
  it('drops empty task items, nested empty items and a list left empty', () => {
    const doc = {
      type: 'doc',
      content: [
        paragraph(text('Notes')),
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [paragraph(text(' '))] }] },
        { type: 'orderedList', content: [item(paragraph(text('One')), { type: 'bulletList', content: [item(paragraph())] })] }
      ]
    }
    expect(withoutEmptyListItems(doc)).toEqual({
      type: 'doc',
      content: [paragraph(text('Notes')), { type: 'orderedList', content: [item(paragraph(text('One')))] }]
    })
  })
  it('drops empty paragraphs at the end, keeps those between words, and leaves anything else alone', () => {
    const doc = { type: 'doc', content: [paragraph(text('A')), paragraph(), paragraph(text('B')), paragraph(), paragraph()] }
    expect(withoutEmptyListItems(doc)).toEqual({ type: 'doc', content: [paragraph(text('A')), paragraph(), paragraph(text('B'))] })
    expect(withoutEmptyListItems(null)).toBeNull()
    expect(withoutEmptyListItems({ type: 'paragraph' })).toEqual({ type: 'paragraph' })
  })
})

// What the page answers when main asks it to flush before closing: "all saved" only when every
// word on screen is written. A failing write, a refused value or a held conflict answers "not saved".
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../src/shared/api-error'
import { Autosaver, AutosaveRegistry } from '../../src/renderer/src/lib/autosave'
import { flushAllPendingWrites } from '../../src/renderer/src/lib/pending-writes'
import { hasUnsavedWork, trackWrite } from '../../src/renderer/src/lib/save-status'
import { askBeforeLeavingWhileUnsaved } from '../../src/renderer/src/lib/unload-guard'

const diskFull = () => new ApiError({ code: 'internal', message: 'disk I/O error' })
const conflict = () => new ApiError({ code: 'conflict', message: 'A newer version was saved in another window.' })
const refused = () => new ApiError({ code: 'invalid_input', message: 'Too long.' })

const savers: Array<Autosaver<string>> = []
function saver(save: (value: string) => Promise<void>, classify?: (error: ApiError) => 'retry' | 'reject' | 'hold') {
  const created = new Autosaver<string>({ save, delayMs: 10_000, ...(classify ? { classify } : {}) })
  savers.push(created)
  return created
}

afterEach(() => {
  // No retry timer or unsaved state carries over to the next test.
  for (const created of savers.splice(0)) created.close()
})

describe('flushing before close', () => {
  it('answers "saved" once the queued text is written', async () => {
    const written: string[] = []
    const notes = saver(async (value) => void written.push(value))
    notes.schedule('Ana closed the Acme deal')
    expect(hasUnsavedWork()).toBe(true)
    expect(await notes.flush()).toBe(true)
    expect(written).toEqual(['Ana closed the Acme deal'])
    expect(await flushAllPendingWrites()).toEqual({ allSaved: true })
  })

  it('answers "not saved" while the write fails, and "saved" once it succeeds', async () => {
    let failing = true
    const notes = saver(async () => {
      if (failing) throw diskFull()
    })
    notes.schedule('Coaching notes')
    expect(await notes.flush()).toBe(false)
    expect(await flushAllPendingWrites()).toEqual({ allSaved: false })
    expect(notes.getSnapshot().status).toBe('retrying')
    failing = false
    expect(await flushAllPendingWrites()).toEqual({ allSaved: true })
    expect(hasUnsavedWork()).toBe(false)
  })

  it('answers "not saved" while a conflict holds the text', async () => {
    const notes = saver(async () => Promise.reject(conflict()), (error) => (error.code === 'conflict' ? 'hold' : 'retry'))
    notes.schedule('My version')
    expect(await notes.flush()).toBe(false)
    expect(notes.getSnapshot().held).toBe(true)
    // Asked again, it still is not saved (a held value is not written by a flush).
    expect(await notes.flush()).toBe(false)
    expect(await flushAllPendingWrites()).toEqual({ allSaved: false })
  })

  it('answers "not saved" when the value was refused, though that writer no longer waits to flush', async () => {
    const notes = saver(async () => Promise.reject(refused()))
    notes.schedule('x'.repeat(10))
    expect(await notes.flush()).toBe(false)
    expect(notes.getSnapshot().status).toBe('blocked')
    expect(await flushAllPendingWrites()).toEqual({ allSaved: false })
  })

  it('a registry answers "saved" only when all of its savers are', async () => {
    const registry = new AutosaveRegistry()
    registry.get<string>('a', () => ({ save: async () => undefined })).schedule('fine')
    const failing = registry.get<string>('b', () => ({ save: async () => Promise.reject(diskFull()) }))
    failing.schedule('lost?')
    expect(await registry.flushAll()).toBe(false)
    registry.closeAll()
  })

  it('waits for a one-shot write in flight (adding an item) before answering', async () => {
    let finish: () => void = () => undefined
    const adding = trackWrite(new Promise<void>((resolve) => (finish = resolve)))
    const answer = flushAllPendingWrites()
    setTimeout(finish, 10)
    expect(await answer).toEqual({ allSaved: true })
    await adding
  })
})

describe('leaving the page in a browser', () => {
  function fakeWindow() {
    const listeners = new Map<string, Set<(event: Event) => void>>()
    return {
      addEventListener: (type: string, listener: (event: Event) => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(listener),
      removeEventListener: (type: string, listener: (event: Event) => void) => void listeners.get(type)?.delete(listener),
      count: (type: string) => listeners.get(type)?.size ?? 0,
      /** Dispatches beforeunload; true when the page asked the browser to confirm. */
      leave() {
        const event = { defaultPrevented: false, returnValue: undefined as unknown, preventDefault() { this.defaultPrevented = true } }
        for (const listener of listeners.get('beforeunload') ?? []) listener(event as unknown as Event)
        return event.defaultPrevented
      }
    }
  }

  it('asks before leaving while a save is failing, and not once everything is saved', async () => {
    const target = fakeWindow()
    const stop = askBeforeLeavingWhileUnsaved(target as unknown as Window)
    expect(target.count('beforeunload')).toBe(0)
    let failing = true
    const notes = saver(async () => {
      if (failing) throw diskFull()
    })
    notes.schedule('Unsaved words')
    expect(await notes.flush()).toBe(false)
    expect(target.count('beforeunload')).toBe(1)
    expect(target.leave()).toBe(true)

    failing = false
    expect(await notes.flush()).toBe(true)
    expect(target.count('beforeunload')).toBe(0)
    expect(target.leave()).toBe(false)
    stop()
  })
})

// Autosave without a save button: every change is written within a second (debounced), one
// write at a time, with the newest value always written last. A failed write keeps the value
// and retries with backoff until it succeeds; errors the user must resolve (bad input, a newer
// version elsewhere) stop and wait. While anything is unsaved the writer is registered with
// pending-writes, so section changes, page hide, window close and quit flush it.
import { useSyncExternalStore } from 'react'
import { toApiError, type ApiError } from '@shared/api-error'
import { registerPendingWriter } from './pending-writes'
import { reportWriterStatus, type WriterStatus } from './save-status'

export const AUTOSAVE_DELAY_MS = 500
export const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000] as const

/**
 * What an error means for the value being written:
 * - 'retry': a passing problem (the data is unreachable); keep the value and try again later;
 * - 'reject': the value itself was refused (bad input); show the error, wait for the next edit;
 * - 'hold': stop writing until `resume()` (a newer version was saved elsewhere).
 */
export type ErrorHandling = 'retry' | 'reject' | 'hold'

export interface AutosaveOptions<T> {
  save: (value: T) => Promise<void>
  delayMs?: number
  classify?: (error: ApiError) => ErrorHandling
}

export interface SaverSnapshot {
  status: WriterStatus
  error: ApiError | null
  /** Set while held: the value that is waiting. */
  held: boolean
}

export { toApiError }

/** Refused input and conflicts wait for the user's next edit; anything else is retried. */
export function defaultClassify(error: ApiError): ErrorHandling {
  if (error.code === 'invalid_input' || error.code === 'not_found' || error.code === 'conflict') return 'reject'
  return 'retry'
}

const CLEAN: SaverSnapshot = { status: 'clean', error: null, held: false }

export class Autosaver<T> {
  private latest: { value: T } | null = null
  private inFlight: Promise<void> | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private attempt = 0
  private held = false
  private closed = false
  private snapshot: SaverSnapshot = CLEAN
  private readonly listeners = new Set<() => void>()
  private unregister: (() => void) | null = null

  constructor(private readonly options: AutosaveOptions<T>) {}

  /** Queues a value; it is written after the debounce delay (0 writes on the next tick). */
  schedule(value: T, delayMs = this.options.delayMs ?? AUTOSAVE_DELAY_MS): void {
    if (this.closed) return
    this.latest = { value }
    this.register()
    this.clearTimers()
    if (this.held) return
    if (!this.inFlight) this.update({ status: 'pending' })
    this.timer = setTimeout(this.run, delayMs)
  }

  /**
   * Writes whatever is queued now and resolves when that write has settled (never rejects):
   * true when everything this saver was given is saved, false when a write failed, was refused
   * or is held (the text is still only on screen).
   */
  async flush(): Promise<boolean> {
    this.clearTimers()
    if (!this.held) {
      while (this.inFlight) await this.inFlight
      if (this.latest && !this.held) await this.write()
    }
    return this.isAllSaved
  }

  /** Nothing queued, nothing in flight, and the last write neither failed nor was refused. */
  get isAllSaved(): boolean {
    return !this.hasUnsaved && !this.held && this.snapshot.status === 'clean'
  }

  /** Drops a queued value (the item was removed, or the user chose another version). */
  discard(): void {
    this.clearTimers()
    this.latest = null
    this.held = false
    if (!this.inFlight) this.settleClean(false)
  }

  /**
   * For good: what it saves to is gone (the 1:1 was deleted). Nothing queued is written, nothing
   * is retried, and a write still in flight settles silently instead of showing an error.
   */
  close(): void {
    this.closed = true
    this.discard()
  }

  /** After a hold: write the queued value (or `value`) again. */
  resume(value?: T): void {
    if (this.closed) return
    this.held = false
    if (value !== undefined) this.latest = { value }
    if (this.latest) this.schedule(this.latest.value, 0)
    else this.settleClean(false)
  }

  get hasUnsaved(): boolean {
    return this.latest !== null || this.inFlight !== null
  }

  getSnapshot = (): SaverSnapshot => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  private readonly run = (): void => {
    this.timer = null
    this.retryTimer = null
    if (this.inFlight || this.held || !this.latest) return
    void this.write()
  }

  private write(): Promise<void> {
    const entry = this.latest
    if (!entry) return Promise.resolve()
    this.latest = null
    this.update({ status: 'saving' })
    const attempt = this.options.save(entry.value).then(
      () => {
        this.inFlight = null
        this.attempt = 0
        if (this.closed) this.settleClean(false)
        else if (this.latest && !this.held) {
          this.update({ status: 'pending', error: null })
          if (!this.timer) this.timer = setTimeout(this.run, 0)
        } else if (!this.held) {
          this.settleClean(true)
        }
      },
      (caught: unknown) => {
        this.inFlight = null
        if (this.closed) {
          this.settleClean(false)
          return
        }
        const error = toApiError(caught)
        const handling = (this.options.classify ?? defaultClassify)(error)
        if (handling === 'reject') {
          // The value was refused; a newer edit (if any) still gets its chance.
          if (this.latest) {
            this.update({ status: 'pending', error })
            if (!this.timer) this.timer = setTimeout(this.run, this.options.delayMs ?? AUTOSAVE_DELAY_MS)
          } else {
            this.unregisterWriter()
            this.update({ status: 'blocked', error })
          }
          return
        }
        if (!this.latest) this.latest = entry
        if (handling === 'hold') {
          this.held = true
          this.update({ status: 'blocked', error })
          return
        }
        const delay = RETRY_DELAYS_MS[Math.min(this.attempt, RETRY_DELAYS_MS.length - 1)]
        this.attempt += 1
        this.update({ status: 'retrying', error })
        if (!this.timer) this.retryTimer = setTimeout(this.run, delay)
      }
    )
    this.inFlight = attempt
    return attempt
  }

  private settleClean(savedNow: boolean): void {
    this.unregisterWriter()
    this.update({ status: 'clean', error: null }, savedNow)
  }

  private update(changes: Partial<Omit<SaverSnapshot, 'held'>>, savedNow = false): void {
    this.snapshot = { ...this.snapshot, ...changes, held: this.held }
    reportWriterStatus(this, this.snapshot.status, savedNow)
    for (const listener of this.listeners) listener()
  }

  private clearTimers(): void {
    if (this.timer) clearTimeout(this.timer)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.timer = null
    this.retryTimer = null
  }

  private register(): void {
    if (!this.unregister) this.unregister = registerPendingWriter(() => this.flush())
  }

  private unregisterWriter(): void {
    this.unregister?.()
    this.unregister = null
  }
}

/** Autosavers by key, so a section that unmounts and comes back finds its pending write. */
export class AutosaveRegistry {
  private readonly savers = new Map<string, Autosaver<never>>()

  get<T>(key: string, create: () => AutosaveOptions<T>): Autosaver<T> {
    let saver = this.savers.get(key) as Autosaver<T> | undefined
    if (!saver) {
      saver = new Autosaver<T>(create())
      this.savers.set(key, saver as unknown as Autosaver<never>)
    }
    return saver
  }

  peek<T>(key: string): Autosaver<T> | undefined {
    return this.savers.get(key) as Autosaver<T> | undefined
  }

  /** Flushes every saver; true when all of them are saved. */
  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.savers.values()].map((saver) => saver.flush()))
    return results.every(Boolean)
  }

  /** Closes every saver: their 1:1 is gone, so nothing more may be written to it. */
  closeAll(): void {
    for (const saver of this.savers.values()) saver.close()
  }
}

const NO_SAVER: SaverSnapshot = CLEAN
const noopSubscribe = () => () => undefined

/** The state of one autosaver, for a field's inline error or notice. */
export function useSaverSnapshot(saver: { getSnapshot(): SaverSnapshot; subscribe(listener: () => void): () => void } | undefined): SaverSnapshot {
  return useSyncExternalStore(saver?.subscribe ?? noopSubscribe, saver?.getSnapshot ?? (() => NO_SAVER))
}

/** The message of a field error (by field name) or the general message of a refused write. */
export function fieldError(error: ApiError | null, field: string): string | undefined {
  if (!error) return undefined
  if (error.fieldErrors?.[field]) return error.fieldErrors[field]
  if (error.code === 'invalid_input' && !error.fieldErrors) return error.message
  return undefined
}

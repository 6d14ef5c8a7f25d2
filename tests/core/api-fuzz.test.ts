// Every API method under fire: random and hostile payloads for each method in API_METHODS (so a
// method added later is covered without touching this file). Whatever arrives, dispatch answers
// with an envelope, never throws and never fails with an internal error; invalid input gets a
// typed `invalid_input` with a message, and an error answer writes nothing.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_METHODS, type ApiMethod } from '../../src/shared/api-methods'
import { contract } from '../../src/shared/contract'
import { openCore, type CoreFixture } from '../support/core-fixture'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const HOSTILE_STRINGS = [
  '',
  ' ',
  "'; DROP TABLE reps;--",
  '" OR 1=1 --',
  'NEAR(a b) * "unterminated',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '0000-00-00',
  '9999-12-31',
  '2026-02-30',
  '2026-13-01',
  '1899-12-31',
  '2026-06-15T25:61',
  '\u0000',
  '\uD800',
  '🙂'.repeat(50),
  '__proto__',
  'constructor',
  'a'.repeat(5_000),
  'x'.repeat(300_000)
]
const HOSTILE_NUMBERS = [0, -1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER, 2 ** 63, 1e308, -1e308, 999_999_999]
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '']

/** The top-level field names of a method's input schema, looked up through refinements and preprocessing. */
function fieldNamesOf(method: ApiMethod): string[] {
  let schema: unknown = contract[method].input
  for (let depth = 0; depth < 5 && schema; depth++) {
    const candidate = schema as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown; out?: unknown; innerType?: unknown; schema?: unknown } } }
    if (candidate.shape && typeof candidate.shape === 'object') return Object.keys(candidate.shape)
    const def = candidate._zod?.def
    // z.preprocess is a pipe whose input side is the preprocessing function: the fields are on its output side.
    const preprocessed = (def?.in as { _zod?: { def?: { type?: string } } } | undefined)?._zod?.def?.type === 'transform'
    schema = preprocessed ? def?.out : (def?.in ?? def?.innerType ?? def?.schema)
  }
  return []
}

function deepNesting(depth: number): unknown {
  let value: unknown = { type: 'doc' }
  for (let level = 0; level < depth; level++) value = { content: [value], type: 'doc' }
  return value
}

function prototypePolluting(): unknown {
  return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown
}

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(null, undefined, true, false),
  fc.integer({ min: -3, max: 40 }),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString())),
  fc.constant(deepNesting(2_000)),
  fc.constant(prototypePolluting())
)

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_KEYS)), hostileLeaf, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) }
)

/** A value that could pass validation for a field of this name, carrying SQL/HTML or edge values. */
function plausibleValue(field: string): fc.Arbitrary<unknown> {
  if (/^id$|Id$/.test(field)) return fc.oneof(fc.integer({ min: 1, max: 80 }), fc.constant(999_999))
  if (/date|Date|scheduledAt|today/.test(field)) return fc.constantFrom('2026-06-15', '1900-01-01', '2199-12-31', '2026-06-15T09:30', null)
  if (field === 'doc') return fc.constantFrom({ type: 'doc', content: [] }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<b>x</b>' }] }] })
  if (/text|name|what|title|query|behaviour|comment|supportOffered|role|prompt|reason/i.test(field)) {
    return fc.oneof(fc.constantFrom("'; DROP TABLE reps;--", '<img src=x onerror=alert(1)>', 'NEAR(a b) "unterminated', 'a*', '🙂 ok'), fc.string({ minLength: 1, maxLength: 30 }))
  }
  return fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 10 }), fc.constantFrom('rep', 'manager', 'weekly', 'shared', 'done', null))
}

/** A payload for `method`: sometimes not an object at all, usually its own fields with hostile values. */
function payloadFor(method: ApiMethod): fc.Arbitrary<unknown> {
  const fields = fieldNamesOf(method)
  const keys = fc.constantFrom(...fields, ...HOSTILE_KEYS, 'unexpected')
  const fieldObject = fc.dictionary(keys, hostileValue, { maxKeys: Math.max(3, fields.length + 1) })
  const everyField = fields.length === 0 ? fieldObject : fc.record(Object.fromEntries(fields.map((field) => [field, hostileValue])))
  const plausible = fc.record(Object.fromEntries(fields.map((field) => [field, plausibleValue(field)])), { requiredKeys: [] })
  return fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 2, arbitrary: fieldObject }, { weight: 2, arbitrary: everyField }, { weight: 3, arbitrary: plausible })
}

// Methods that empty or refill the whole database run last, so the others meet real rows.
const ORDER_LAST = new Set<string>(['demo.remove', 'demo.load'])
const methods = [...API_METHODS].sort((a, b) => Number(ORDER_LAST.has(a)) - Number(ORDER_LAST.has(b)))

describe('every API method under hostile input', () => {
  let dir: string
  let core: CoreFixture
  const reachedHandlers = new Set<string>()
  const totalChanges = () => (core.kept.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kept-fuzz-'))
    core = openCore(dir)
    core.ok('demo.load', {})
  })
  afterAll(() => {
    core.kept.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('finds the fields of every method it fuzzes', () => {
    // Guards the fuzzer itself: if the schema shape cannot be read, payloads would miss the fields.
    const withoutFields = methods.filter((method) => fieldNamesOf(method).length === 0 && !(contract[method].input.safeParse({}).success))
    expect(withoutFields).toEqual([])
  })

  it.each(methods)('%s answers every payload with an envelope, and writes nothing when it refuses', (method) => {
    fc.assert(
      fc.property(payloadFor(method), (payload) => {
        const before = totalChanges()
        const preferencesBefore = JSON.stringify(core.preferences.get())
        let envelope: ReturnType<CoreFixture['call']>
        try {
          envelope = core.call(method, payload)
        } catch (error) {
          throw new Error(`${method} threw instead of answering: ${(error as Error).message}`)
        }
        expect(typeof envelope.ok).toBe('boolean')
        if (envelope.ok || envelope.error.code !== 'invalid_input') reachedHandlers.add(method)
        if (envelope.ok) return
        expect(envelope.error.code, `${method}: ${envelope.error.message}`).not.toBe('internal')
        expect(envelope.error.message.length).toBeGreaterThan(0)
        if (!contract[method].input.safeParse(payload === undefined ? {} : payload).success) expect(envelope.error.code).toBe('invalid_input')
        expect(totalChanges(), `${method} wrote although it answered ${envelope.error.code}: ${envelope.error.message}`).toBe(before)
        expect(JSON.stringify(core.preferences.get())).toBe(preferencesBefore)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 50, seed: 20261127 }
    )
  })

  it('keeps the file intact after the whole barrage, having reached the handlers of most methods', () => {
    // Payloads that pass validation prove the handlers, not only the schemas, face hostile values.
    expect(reachedHandlers.size).toBeGreaterThan(methods.length * 0.7)
    expect(core.kept.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})

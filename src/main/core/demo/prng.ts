// A small seeded pseudo-random generator, so the demo team is the same on every machine and
// every run: the same seed always deals the same sequence (no Math.random, no clock).

export interface Prng {
  /** A number in [0, 1). */
  next(): number
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
}

/** FNV-1a: turns a readable seed such as 'maya' into 32 bits. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: tiny, fast and good enough for sample data. */
export function createPrng(seed: string): Prng {
  let state = hashSeed(seed)
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list.')
      return items[Math.floor(next() * items.length)]!
    }
  }
}

/**
 * Deals a list's items in a shuffled order without repeats; when the list runs out it is
 * shuffled again, so sample text varies without the same line coming back twice in a row.
 */
export function createDeck<T>(items: readonly T[], prng: Prng): () => T {
  if (items.length === 0) throw new Error('A deck needs at least one item.')
  let hand: T[] = []
  let last: T | undefined
  return () => {
    if (hand.length === 0) {
      hand = [...items]
      for (let index = hand.length - 1; index > 0; index--) {
        const other = prng.int(0, index)
        ;[hand[index], hand[other]] = [hand[other]!, hand[index]!]
      }
      // Never the same item twice in a row across a reshuffle.
      if (hand.length > 1 && hand[hand.length - 1] === last) [hand[0], hand[hand.length - 1]] = [hand[hand.length - 1]!, hand[0]!]
    }
    last = hand.pop()!
    return last
  }
}

// Timing helpers: run a function many times after a warm-up and keep the median and p95.

export interface Sample {
  runs: number
  medianMs: number
  p95Ms: number
  minMs: number
  maxMs: number
}

export interface RunCounts {
  runs: number
  warmup: number
}

/** The value at `fraction` of the sorted samples (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[index]!
}

export function summarize(samples: readonly number[]): Sample {
  const sorted = [...samples].sort((a, b) => a - b)
  return { runs: sorted.length, medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), minMs: sorted[0] ?? Number.NaN, maxMs: sorted.at(-1) ?? Number.NaN }
}

/** Times `run` `counts.runs` times after `counts.warmup` untimed runs; `run` gets the iteration number. */
export function measure(counts: RunCounts, run: (iteration: number) => void): Sample {
  for (let i = 0; i < counts.warmup; i++) run(i)
  const samples: number[] = []
  for (let i = 0; i < counts.runs; i++) {
    const started = performance.now()
    run(counts.warmup + i)
    samples.push(performance.now() - started)
  }
  return summarize(samples)
}

/**
 * Times two functions interleaved (a, b, a, b…), so that both see the same machine load: the
 * ratio of an API call to its SQL floor stays fair on a busy machine.
 */
export function measurePair(counts: RunCounts, a: (iteration: number) => void, b: (iteration: number) => void): [Sample, Sample] {
  for (let i = 0; i < counts.warmup; i++) {
    a(i)
    b(i)
  }
  const first: number[] = []
  const second: number[] = []
  for (let i = 0; i < counts.runs; i++) {
    let started = performance.now()
    a(counts.warmup + i)
    first.push(performance.now() - started)
    started = performance.now()
    b(counts.warmup + i)
    second.push(performance.now() - started)
  }
  return [summarize(first), summarize(second)]
}

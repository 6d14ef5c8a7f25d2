// Timing helpers: run functions many times after a warm-up and keep the median and p95 of the
// wall time, and the median CPU time.

export interface Sample {
  runs: number
  /** Median CPU time of this process per run (user + system): unlike wall time, barely moved by other processes on a busy machine. */
  cpuMedianMs: number
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

export function summarize(samples: readonly number[], cpuSamples: readonly number[] = []): Sample {
  const sorted = [...samples].sort((a, b) => a - b)
  const cpuSorted = [...cpuSamples].sort((a, b) => a - b)
  return { runs: sorted.length, cpuMedianMs: percentile(cpuSorted, 0.5), medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), minMs: sorted[0] ?? Number.NaN, maxMs: sorted.at(-1) ?? Number.NaN }
}

function timeOnce(run: () => void, wall: number[], cpu: number[]): void {
  const cpuStart = process.cpuUsage()
  const started = performance.now()
  run()
  wall.push(performance.now() - started)
  const used = process.cpuUsage(cpuStart)
  cpu.push((used.user + used.system) / 1000)
}

/**
 * Times two functions interleaved (a, b, b, a…), so that both see the same machine load: the
 * ratio of an API call to its SQL floor stays fair on a busy machine.
 */
export function measurePair(counts: RunCounts, a: (iteration: number) => void, b: (iteration: number) => void): [Sample, Sample] {
  for (let i = 0; i < counts.warmup; i++) {
    a(i)
    b(i)
  }
  const wall: [number[], number[]] = [[], []]
  const cpu: [number[], number[]] = [[], []]
  // The order alternates: whichever runs second finds the caches the first one warmed.
  for (let i = 0; i < counts.runs; i++) {
    if (i % 2 === 0) {
      timeOnce(() => a(counts.warmup + i), wall[0], cpu[0])
      timeOnce(() => b(counts.warmup + i), wall[1], cpu[1])
    } else {
      timeOnce(() => b(counts.warmup + i), wall[1], cpu[1])
      timeOnce(() => a(counts.warmup + i), wall[0], cpu[0])
    }
  }
  return [summarize(wall[0], cpu[0]), summarize(wall[1], cpu[1])]
}

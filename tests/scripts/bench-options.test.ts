// The bench's renderer lines can be run alone (--no-data-core), on a small data set, without the
// data core's long runs; asking to leave out both parts is refused with a reason.
import { describe, expect, it } from 'vitest'
import { parseBenchOptions } from '../../scripts/bench/options'

describe('the bench options', () => {
  it('leave the data core out with --no-data-core', () => {
    expect(parseBenchOptions(['--no-data-core', '--reps', '8', '--years', '1'])).toMatchObject({ dataCore: false, renderer: true, reps: 8, years: 1 })
    expect(parseBenchOptions([])).toMatchObject({ dataCore: true, renderer: true })
  })

  it('refuse to leave out both the data core and the renderer', () => {
    expect(() => parseBenchOptions(['--no-data-core', '--no-renderer'])).toThrow('--no-renderer and --no-data-core leave nothing to measure: keep one.')
  })
})

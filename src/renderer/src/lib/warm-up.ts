// Chromium pays a one-time cost the first time a page lays out a date or a time input (it loads
// the locale's date formats and builds the picker's fields): 100–400 ms measured here, enough to
// miss the Rep screen's 200 ms paint budget, which shows the first ones. Paying it in idle time
// after the first screen, one small step per idle period, takes it off every later screen.
const STEPS: ReadonlyArray<[type: string, value: string]> = [
  ['date', '2026-01-01'],
  ['time', '09:00']
]

const whenIdle = (step: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(() => step(), { timeout: 3000 }) : setTimeout(step, 200))

export function warmUpDateInputs(): void {
  const holder = document.createElement('div')
  holder.className = 'visually-hidden'
  holder.setAttribute('aria-hidden', 'true')
  holder.inert = true
  const next = (index: number) => {
    const step = STEPS[index]
    if (!step) {
      holder.remove()
      return
    }
    const input = document.createElement('input')
    input.type = step[0]
    input.value = step[1]
    input.tabIndex = -1
    holder.append(input)
    if (!holder.isConnected) document.body.append(holder)
    // Reading a size makes Chromium lay the input out now, inside this idle period.
    void holder.offsetHeight
    whenIdle(() => next(index + 1))
  }
  whenIdle(() => next(0))
}

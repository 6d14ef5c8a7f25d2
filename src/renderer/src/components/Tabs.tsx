import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabDefinition<K extends string> {
  key: K
  label: string
}

interface TabsProps<K extends string> {
  label: string
  tabs: ReadonlyArray<TabDefinition<K>>
  selected: K
  onSelect: (key: K) => void
  /** Renders the selected tab's content only; other panels stay empty and hidden. */
  render: (key: K) => ReactNode
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs (and select them); Tab goes to the panel. */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, render }: TabsProps<K>) {
  const baseId = useId()
  const refs = useRef(new Map<K, HTMLButtonElement>())

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.key === selected)
    let nextIndex: number | null = null
    if (event.key === 'ArrowRight') nextIndex = (index + 1) % tabs.length
    else if (event.key === 'ArrowLeft') nextIndex = (index - 1 + tabs.length) % tabs.length
    else if (event.key === 'Home') nextIndex = 0
    else if (event.key === 'End') nextIndex = tabs.length - 1
    if (nextIndex === null) return
    event.preventDefault()
    const next = tabs[nextIndex]
    if (!next) return
    onSelect(next.key)
    refs.current.get(next.key)?.focus()
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.key === selected
          return (
            <button
              key={tab.key}
              ref={(element) => {
                if (element) refs.current.set(tab.key, element)
                else refs.current.delete(tab.key)
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.key}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${tab.key}`}
              tabIndex={isSelected ? 0 : -1}
              className={`tabs__tab${isSelected ? ' is-selected' : ''}`}
              onClick={() => onSelect(tab.key)}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${baseId}-panel-${tab.key}`}
          aria-labelledby={`${baseId}-tab-${tab.key}`}
          hidden={tab.key !== selected}
          tabIndex={0}
          className="tabs__panel"
        >
          {tab.key === selected && render(tab.key)}
        </div>
      ))}
    </div>
  )
}

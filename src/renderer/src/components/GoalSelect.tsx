import type { SelectHTMLAttributes } from 'react'

interface GoalSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  goals: ReadonlyArray<{ id: number; title: string }>
  /** The chosen goal's id as text, or '' for none. */
  value: string
  onChange: (value: string) => void
}

/** A choice of the rep's goals, or none: what a recognition counts towards. Goes inside a `Field`, which gives it its id. */
export function GoalSelect({ goals, value, onChange, ...rest }: GoalSelectProps) {
  return (
    <select {...rest} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">No goal</option>
      {goals.map((goal) => (
        <option key={goal.id} value={goal.id}>
          {goal.title}
        </option>
      ))}
    </select>
  )
}

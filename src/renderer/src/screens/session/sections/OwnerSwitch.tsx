import { useId } from 'react'
import type { Owner } from '@shared/domain'
import { Keys } from '../../../components/Keys'

interface OwnerSwitchProps {
  owner: Owner
  repName: string
  onChange: (owner: Owner) => void
  /** Shows the Alt+O hint. */
  showHint?: boolean
  label?: string
}

/** "Anneliese" for "Anneliese Konstantinopoulou": the switch stays small. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name
}

/** Who owns an agreement: the rep (the default) or you. Arrow keys switch; Alt+O in the text field too. */
export function OwnerSwitch({ owner, repName, onChange, showHint, label = 'Owner' }: OwnerSwitchProps) {
  const name = useId()
  const labelId = `${name}-label`
  return (
    <div className="owner-switch" role="radiogroup" aria-labelledby={labelId}>
      <span id={labelId} className="owner-switch__label">
        {label}
      </span>
      <label className={`owner-switch__option owner-switch__option--rep${owner === 'rep' ? ' is-checked' : ''}`}>
        <input type="radio" name={name} checked={owner === 'rep'} onChange={() => onChange('rep')} />
        <span className="owner-switch__name" title={repName}>
          {firstName(repName)}
        </span>
      </label>
      <label className={`owner-switch__option owner-switch__option--manager${owner === 'manager' ? ' is-checked' : ''}`}>
        <input type="radio" name={name} checked={owner === 'manager'} onChange={() => onChange('manager')} />
        You
      </label>
      {showHint && (
        <span className="owner-switch__hint muted">
          <Keys id="switchOwner" /> switches
        </span>
      )}
    </div>
  )
}

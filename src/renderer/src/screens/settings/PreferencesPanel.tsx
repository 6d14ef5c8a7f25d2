import { useState } from 'react'
import { format } from 'date-fns'
import { CADENCES, DATE_FORMATS, THEMES, type Preferences, type Theme } from '@shared/domain'
import { api } from '../../api'
import { Field } from '../../components/Field'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { applyAppearance } from '../../lib/appearance'
import { toApiError } from '../../lib/autosave'
import { trackWrite } from '../../lib/save-status'
import { useQuery } from '../../lib/use-query'
import { CADENCE_LABELS } from '../reps/RepFormDialog'

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' }
/** A day whose day and month cannot be mistaken for each other in the examples. */
const EXAMPLE_DATE = new Date(2026, 2, 14)

const WEEK_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/** Week start, default cadence, 1:1 length, reminders, theme and date format: saved as soon as they change. */
export function PreferencesPanel() {
  const preferences = useQuery(() => api['preferences.get']({}), 'preferences')
  return (
    <section className="panel" aria-labelledby="preferences-title">
      <h2 id="preferences-title">Preferences</h2>
      <ErrorBanner error={preferences.error} onRetry={preferences.reload} />
      {preferences.loading && !preferences.data && <Loading label="Loading…" />}
      {preferences.data && <PreferencesForm initial={preferences.data} />}
    </section>
  )
}

function PreferencesForm({ initial }: { initial: Preferences }) {
  const [values, setValues] = useState(initial)
  const [minutes, setMinutes] = useState(String(initial.defaultSessionMinutes))
  const [yourName, setYourName] = useState(initial.yourName)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState<string>()

  async function save(changes: Partial<Pick<Preferences, 'weekStartsOn' | 'defaultCadence' | 'defaultSessionMinutes' | 'remindersEnabled' | 'theme' | 'dateFormat' | 'yourName'>>, label: string) {
    setErrors({})
    setSaved(undefined)
    try {
      const next = await trackWrite(api['preferences.update'](changes))
      setValues(next)
      if ('theme' in changes || 'dateFormat' in changes) applyAppearance(next)
      setSaved(`${label} saved.`)
      return true
    } catch (caught) {
      const error = toApiError(caught)
      const field = Object.keys(changes)[0] ?? ''
      setErrors(error.fieldErrors ?? { [field]: error.message })
      return false
    }
  }

  function saveMinutes() {
    const value = Number(minutes)
    if (minutes.trim() === '' || !Number.isInteger(value)) {
      setErrors({ defaultSessionMinutes: 'Enter a whole number of minutes, from 5 to 240.' })
      return
    }
    if (value !== values.defaultSessionMinutes) void save({ defaultSessionMinutes: value }, 'Session length')
  }

  function saveYourName() {
    if (yourName.trim() !== values.yourName) void save({ yourName: yourName.trim() }, 'Your name')
  }

  return (
    <div className="form__grid preferences">
      <Field label="Your name" error={errors.yourName} hint="The summary you send says “What I owe you — <your name>”; changes to agreements record it.">
        <input
          type="text"
          autoComplete="name"
          maxLength={80}
          value={yourName}
          onChange={(event) => setYourName(event.target.value)}
          onBlur={saveYourName}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveYourName()
          }}
        />
      </Field>
      <Field label="Week starts on" error={errors.weekStartsOn} hint="Used for next 1:1 dates and weekly views.">
        <select
          value={values.weekStartsOn}
          onChange={(event) => void save({ weekStartsOn: Number(event.target.value) as Preferences['weekStartsOn'] }, 'Week start')}
        >
          {WEEK_DAYS.map((day, index) => (
            <option key={day} value={index}>
              {day}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Default 1:1 cadence for new reps" error={errors.defaultCadence}>
        <select value={values.defaultCadence} onChange={(event) => void save({ defaultCadence: event.target.value as Preferences['defaultCadence'] }, 'Cadence')}>
          {CADENCES.map((cadence) => (
            <option key={cadence} value={cadence}>
              {CADENCE_LABELS[cadence]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Target length of a 1:1 (minutes)" error={errors.defaultSessionMinutes} hint="Shown beside the timer during a 1:1.">
        <input
          type="number"
          min={5}
          max={240}
          step={5}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          onBlur={saveMinutes}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveMinutes()
          }}
        />
      </Field>
      <div className="field">
        <label className="toggle">
          <input
            type="checkbox"
            checked={values.remindersEnabled}
            onChange={(event) => {
              const remindersEnabled = event.target.checked
              // Show the new state at once; a failed save puts it back.
              setValues((previous) => ({ ...previous, remindersEnabled }))
              void save({ remindersEnabled }, remindersEnabled ? 'Reminders on' : 'Reminders off').then((ok) => {
                if (!ok) setValues((previous) => ({ ...previous, remindersEnabled: !remindersEnabled }))
              })
            }}
          />
          Remind me on the morning a 1:1 is due, and of overdue ones
        </label>
        <p className="field__hint">A desktop notification, at most once a day, in the app (not in the browser host).</p>
      </div>
      <Field label="Theme" error={errors.theme}>
        <select value={values.theme} onChange={(event) => void save({ theme: event.target.value as Theme }, 'Theme')}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {THEME_LABELS[theme]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Date format" error={errors.dateFormat}>
        <select value={values.dateFormat} onChange={(event) => void save({ dateFormat: event.target.value as Preferences['dateFormat'] }, 'Date format')}>
          {DATE_FORMATS.map((pattern) => (
            <option key={pattern} value={pattern}>
              {format(EXAMPLE_DATE, pattern)}
            </option>
          ))}
        </select>
      </Field>
      <p className="muted preferences__saved" role="status" aria-live="polite">
        {saved}
      </p>
    </div>
  )
}

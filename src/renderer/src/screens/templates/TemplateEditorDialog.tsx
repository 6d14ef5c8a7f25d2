import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { SectionKind, Template } from '@shared/domain'
import { api } from '../../api'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { toApiError } from '../../lib/autosave'
import { SECTION_KIND_LABELS, STRUCTURED_KINDS } from './template-labels'

interface TemplateEditorDialogProps {
  template?: Template
  open: boolean
  onClose: () => void
  onSaved: (template: Template) => void
}

export function TemplateEditorDialog({ template, open, onClose, onSaved }: TemplateEditorDialogProps) {
  return (
    <Dialog title={template ? `Edit ${template.name}` : 'New template'} open={open} onClose={onClose} size="wide">
      {open && <TemplateForm key={template ? `${template.id}` : 'new'} template={template} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  )
}

interface DraftSection {
  key: string
  id?: number
  kind: SectionKind
  title: string
  prompt: string
}

let nextKey = 0
const newKey = () => `new-${(nextKey += 1)}`

function TemplateForm({ template, onClose, onSaved }: Omit<TemplateEditorDialogProps, 'open'>) {
  const [name, setName] = useState(template?.name ?? '')
  const [description, setDescription] = useState(template?.description ?? '')
  const [sections, setSections] = useState<DraftSection[]>(() =>
    [...(template?.sections ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((section) => ({ key: `s-${section.id}`, id: section.id, kind: section.kind, title: section.title, prompt: section.prompt }))
  )
  const unused = STRUCTURED_KINDS.filter((kind) => !sections.some((section) => section.kind === kind))
  const [structuredKind, setStructuredKind] = useState<SectionKind | ''>('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const listRef = useRef<HTMLOListElement>(null)
  // After a move, add or remove, focus goes to the moved row's control (set here, applied after render).
  const pendingFocus = useRef<{ key: string; control: string } | null>(null)
  const chosenKind = structuredKind && unused.includes(structuredKind as (typeof unused)[number]) ? structuredKind : (unused[0] ?? '')

  useEffect(() => {
    const focusTarget = pendingFocus.current
    if (!focusTarget) return
    pendingFocus.current = null
    const row = listRef.current?.querySelector(`[data-section-key="${focusTarget.key}"]`)
    const control = row?.querySelector<HTMLElement>(`[data-control="${focusTarget.control}"]:not(:disabled)`) ?? row?.querySelector<HTMLElement>('[data-control]:not(:disabled)')
    control?.focus()
  }, [sections])

  function change(key: string, changes: Partial<DraftSection>) {
    setSections((current) => current.map((section) => (section.key === key ? { ...section, ...changes } : section)))
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by
    if (target < 0 || target >= sections.length) return
    const moved = sections[index]!
    const next = [...sections]
    next.splice(index, 1)
    next.splice(target, 0, moved)
    setSections(next)
    pendingFocus.current = { key: moved.key, control: by < 0 ? 'up' : 'down' }
  }

  function remove(index: number) {
    const next = sections.filter((_, position) => position !== index)
    setSections(next)
    const neighbour = next[Math.min(index, next.length - 1)]
    if (neighbour) pendingFocus.current = { key: neighbour.key, control: 'title' }
  }

  function add(kind: SectionKind) {
    const key = newKey()
    setSections((current) => [...current, { key, kind, title: kind === 'prompt' ? '' : SECTION_KIND_LABELS[kind], prompt: '' }])
    pendingFocus.current = { key, control: 'title' }
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    setFormError(undefined)
    try {
      const saved = await api['templates.save']({
        ...(template ? { id: template.id } : {}),
        name,
        description,
        sections: sections.map((section) => ({ ...(section.id ? { id: section.id } : {}), kind: section.kind, title: section.title, prompt: section.prompt }))
      })
      onSaved(saved)
    } catch (caught) {
      const apiError = toApiError(caught)
      // A taken name comes back as a conflict without a field: it belongs next to the name.
      const fieldErrors = apiError.fieldErrors ?? (apiError.code === 'conflict' && /name/i.test(apiError.message) ? { name: apiError.message } : undefined)
      if (fieldErrors) setErrors(fieldErrors)
      setFormError(fieldErrors ? 'Some fields need a look — see the messages next to them.' : apiError.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form template-form" onSubmit={save} noValidate>
      <div className="form__grid">
        <Field label="Name" error={errors.name}>
          <input type="text" value={name} maxLength={80} onChange={(event) => setName(event.target.value)} data-autofocus />
        </Field>
        <Field label="Description" error={errors.description}>
          <input type="text" value={description} maxLength={500} onChange={(event) => setDescription(event.target.value)} />
        </Field>
      </div>

      <h3 className="template-form__heading">Sections, in order</h3>
      {errors.sections && (
        <p className="field__error" role="alert">
          {errors.sections}
        </p>
      )}
      {sections.length === 0 ? (
        <p className="empty">No sections yet. Add a structured section or a prompt below.</p>
      ) : (
        <ol className="template-sections" ref={listRef}>
          {sections.map((section, index) => (
            <SectionRow
              key={section.key}
              section={section}
              index={index}
              count={sections.length}
              errors={errors}
              onChange={(changes) => change(section.key, changes)}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      )}

      <div className="template-form__add">
        {unused.length > 0 && (
          <div className="template-form__add-structured">
            <Field label="Structured section">
              <select value={chosenKind} onChange={(event) => setStructuredKind(event.target.value as SectionKind)}>
                {unused.map((kind) => (
                  <option key={kind} value={kind}>
                    {SECTION_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </Field>
            <button type="button" className="button button--small" onClick={() => chosenKind && add(chosenKind)}>
              Add section
            </button>
          </div>
        )}
        <button type="button" className="button button--small" onClick={() => add('prompt')}>
          Add prompt section
        </button>
      </div>

      {formError && (
        <p className="field__error" role="alert">
          {formError}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {template ? 'Save template' : 'Create template'}
        </button>
      </div>
    </form>
  )
}

interface SectionRowProps {
  section: DraftSection
  index: number
  count: number
  errors: Record<string, string>
  onChange: (changes: Partial<DraftSection>) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

function SectionRow({ section, index, count, errors, onChange, onMove, onRemove }: SectionRowProps) {
  const id = useId()
  const name = section.title.trim() || (section.kind === 'prompt' ? 'prompt section' : SECTION_KIND_LABELS[section.kind])
  const titleError = errors[`sections.${index}.title`]
  const promptError = errors[`sections.${index}.prompt`]
  const kindError = errors[`sections.${index}.kind`] ?? errors[`sections.${index}`]
  return (
    <li className="template-section" data-section-key={section.key}>
      <span className="template-section__number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="template-section__fields">
        <p className="template-section__kind">{section.kind === 'prompt' ? 'Prompt section (free text)' : `Structured: ${SECTION_KIND_LABELS[section.kind]}`}</p>
        <div className={`field${titleError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-title`}>
            Section title
          </label>
          <input
            id={`${id}-title`}
            data-control="title"
            type="text"
            value={section.title}
            maxLength={80}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
            onChange={(event) => onChange({ title: event.target.value })}
          />
          {titleError && (
            <p id={`${id}-title-error`} className="field__error" role="alert">
              {titleError}
            </p>
          )}
        </div>
        <div className={`field${promptError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-prompt`}>
            {section.kind === 'prompt' ? 'Prompt' : 'Prompt (optional)'}
          </label>
          <textarea
            id={`${id}-prompt`}
            rows={section.kind === 'prompt' ? 2 : 1}
            value={section.prompt}
            maxLength={1000}
            aria-invalid={promptError ? true : undefined}
            aria-describedby={promptError ? `${id}-prompt-error` : undefined}
            onChange={(event) => onChange({ prompt: event.target.value })}
          />
          {promptError && (
            <p id={`${id}-prompt-error`} className="field__error" role="alert">
              {promptError}
            </p>
          )}
        </div>
        {kindError && (
          <p className="field__error" role="alert">
            {kindError}
          </p>
        )}
      </div>
      <div className="template-section__actions">
        <button type="button" className="button button--small" data-control="up" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move ${name} up`}>
          Move up
        </button>
        <button type="button" className="button button--small" data-control="down" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move ${name} down`}>
          Move down
        </button>
        <button type="button" className="button button--small button--ghost" data-control="remove" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </div>
    </li>
  )
}

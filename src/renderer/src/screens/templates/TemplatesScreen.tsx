import { useState } from 'react'
import type { Template } from '@shared/domain'
import { api } from '../../api'
import { Breadcrumb } from '../../components/Breadcrumb'
import { ErrorBanner, Loading, SuccessBanner } from '../../components/StatusMessage'
import { toApiError } from '../../lib/autosave'
import { hrefFor } from '../../lib/router'
import { useQuery } from '../../lib/use-query'
import type { ApiError } from '@shared/api-error'
import { TemplateEditorDialog } from './TemplateEditorDialog'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; template: Template }

/** #/templates — the session templates: create, edit, reorder sections, retire, set the default. */
export default function TemplatesScreen() {
  const [showRetired, setShowRetired] = useState(false)
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [actionError, setActionError] = useState<ApiError>()
  const [notice, setNotice] = useState<string>()
  const templates = useQuery(() => api['templates.list']({ includeRetired: true }), 'templates')
  const all = templates.data ?? []
  const retiredCount = all.filter((template) => template.retired).length
  const visible = all.filter((template) => showRetired || !template.retired)

  async function act(run: () => Promise<Template>, message: (template: Template) => string) {
    setActionError(undefined)
    setNotice(undefined)
    try {
      const template = await run()
      setNotice(message(template))
      templates.reload()
    } catch (caught) {
      setActionError(toApiError(caught))
    }
  }

  return (
    <section className="screen" aria-labelledby="templates-title">
      <Breadcrumb trail={[{ label: 'Settings', href: hrefFor({ screen: 'settings' }) }]} current="Templates" />
      <header className="screen__header">
        <div>
          <h1 id="templates-title">Templates</h1>
          <p className="screen__subtitle">The sections of a 1:1, in order. Structured sections (goals, agreements…) can be included or left out; prompt sections hold free text.</p>
        </div>
        <div className="screen__actions">
          {retiredCount > 0 && (
            <label className="toggle">
              <input type="checkbox" checked={showRetired} onChange={(event) => setShowRetired(event.target.checked)} />
              Show retired ({retiredCount})
            </label>
          )}
          <button type="button" className="button button--primary" onClick={() => setEditing({ mode: 'new' })}>
            New template
          </button>
        </div>
      </header>
      <ErrorBanner error={templates.error} onRetry={templates.reload} />
      <ErrorBanner error={actionError} />
      <SuccessBanner message={notice} />
      {templates.loading && !templates.data && <Loading label="Loading templates…" />}
      {templates.data && visible.length === 0 && <p className="empty">No templates yet. Create one with “New template”.</p>}
      <ul className="template-list">
        {visible.map((template) => (
          <li key={template.id} className={`template-card${template.retired ? ' is-retired' : ''}`}>
            <div className="template-card__head">
              <h2>{template.name}</h2>
              {template.isDefault && <span className="badge badge--accent">Default</span>}
              {template.isBuiltin && <span className="badge">Built-in</span>}
              {template.retired && <span className="badge">Retired</span>}
            </div>
            {template.description && <p className="template-card__description">{template.description}</p>}
            <ol className="template-card__sections" aria-label={`Sections of ${template.name}`}>
              {[...template.sections]
                .sort((a, b) => a.position - b.position)
                .map((section) => (
                  <li key={section.id}>{section.title}</li>
                ))}
            </ol>
            <p className="muted template-card__usage">{template.sessionCount === 0 ? 'Not used yet' : `Used in ${template.sessionCount} ${template.sessionCount === 1 ? '1:1' : '1:1s'}`}</p>
            <div className="template-card__actions">
              <button type="button" className="button button--small" onClick={() => setEditing({ mode: 'edit', template })} aria-label={`Edit ${template.name}`}>
                Edit
              </button>
              {!template.isDefault && !template.retired && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Make default: ${template.name}`}
                  onClick={() => act(() => api['templates.setDefault']({ id: template.id }), (saved) => `${saved.name} is now the default template.`)}
                >
                  Make default
                </button>
              )}
              {!template.isDefault && (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  aria-label={`${template.retired ? 'Restore' : 'Retire'} ${template.name}`}
                  onClick={() =>
                    act(
                      () => api['templates.setRetired']({ id: template.id, retired: !template.retired }),
                      (saved) => (saved.retired ? `${saved.name} is retired: new 1:1s cannot use it; past 1:1s keep it.` : `${saved.name} is available again.`)
                    )
                  }
                >
                  {template.retired ? 'Restore' : 'Retire'}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <TemplateEditorDialog
        open={editing.mode !== 'closed'}
        {...(editing.mode === 'edit' ? { template: editing.template } : {})}
        onClose={() => setEditing({ mode: 'closed' })}
        onSaved={(saved) => {
          setEditing({ mode: 'closed' })
          setNotice(`${saved.name} is saved.`)
          templates.reload()
        }}
      />
    </section>
  )
}

/** The Cancel and Save buttons under an add/edit form; Save reads "Saving…" while it runs. */
export function FormActions({ saveLabel, saving, onCancel }: { saveLabel: string; saving: boolean; onCancel: () => void }) {
  return (
    <footer className="form__actions">
      <button type="button" className="button button--ghost" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : saveLabel}
      </button>
    </footer>
  )
}

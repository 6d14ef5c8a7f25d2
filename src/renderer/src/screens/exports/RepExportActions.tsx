import { useState } from 'react'
import type { Rep } from '@shared/domain'
import { api } from '../../api'
import { toApiError } from '../../lib/autosave'
import { downloadFile } from '../../lib/file-download'
import { hrefFor } from '../../lib/router'

/** On the Rep screen: the next 1:1 for a calendar, and the way to the review roll-up. */
export function RepExportActions({ rep }: { rep: Rep }) {
  const [error, setError] = useState<string>()

  async function saveCalendarFile() {
    setError(undefined)
    try {
      downloadFile(await api['exports.nextMeeting']({ repId: rep.id }))
    } catch (caught) {
      setError(toApiError(caught).message)
    }
  }

  return (
    <>
      {rep.nextSessionDate && !rep.archived && (
        <button type="button" className="button" onClick={saveCalendarFile}>
          Add next 1:1 to calendar (.ics)
        </button>
      )}
      <a className="button" href={hrefFor({ screen: 'review', repId: rep.id })}>
        Performance review
      </a>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}

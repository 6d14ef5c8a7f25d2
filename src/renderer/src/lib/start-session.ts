import { api } from '../api'
import { navigate } from './router'
import { trackWrite } from './save-status'

/** Starts a 1:1 with the rep (or resumes the one in progress) and opens it. */
export async function startSession(repId: number, templateId?: number): Promise<void> {
  const detail = await trackWrite(api['sessions.start']({ repId, ...(templateId ? { templateId } : {}) }))
  navigate({ screen: 'session', sessionId: detail.session.id, view: 'session' })
}

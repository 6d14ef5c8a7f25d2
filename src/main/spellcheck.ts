// Spell checking that never downloads anything. On macOS Electron uses the system's own spell
// checker; on Windows and Linux it uses Hunspell dictionaries that it would download from
// Google's CDN, so there it is off, and the download address points nowhere on any platform.
import type { Session } from 'electron'

/** A local address with nothing behind it: even if a dictionary were asked for, nothing leaves the machine. */
export const NO_DICTIONARY_DOWNLOADS_URL = 'file:///dev/null/kept-downloads-no-dictionaries/'

/** Whether Kept checks spelling on this platform: only where the system's own dictionaries exist. */
export function spellcheckEnabledOn(platform: NodeJS.Platform): boolean {
  return platform === 'darwin'
}

type SpellcheckSession = Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'>

export function applySpellcheckPolicy(session: SpellcheckSession, platform: NodeJS.Platform): void {
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS_URL)
  const enabled = spellcheckEnabledOn(platform)
  session.setSpellCheckerEnabled(enabled)
  // macOS picks its languages itself (this call is a no-op there); elsewhere no language means no dictionary.
  if (!enabled) session.setSpellCheckerLanguages([])
}

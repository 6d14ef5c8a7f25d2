// Spell checking never downloads a dictionary: on only with macOS's own spell checker.
import { describe, expect, it, vi } from 'vitest'
import { applySpellcheckPolicy, NO_DICTIONARY_DOWNLOADS_URL, spellcheckEnabledOn } from '../../src/main/spellcheck'

vi.mock('electron', () => ({}))
const { mainWindowWebPreferences } = await import('../../src/main/window')

function fakeSession() {
  return { setSpellCheckerEnabled: vi.fn(), setSpellCheckerLanguages: vi.fn(), setSpellCheckerDictionaryDownloadURL: vi.fn() }
}

describe('spell checking', () => {
  it('is off on Windows and Linux, where Electron would download Hunspell dictionaries, and on with macOS\'s own', () => {
    expect(mainWindowWebPreferences('/p', 'linux').spellcheck).toBe(false)
    expect(mainWindowWebPreferences('/p', 'win32').spellcheck).toBe(false)
    expect(mainWindowWebPreferences('/p', 'darwin').spellcheck).toBe(true)
    expect(spellcheckEnabledOn('freebsd')).toBe(false)
  })

  it('turns the session\'s checker off with no languages where there is no system dictionary', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const session = fakeSession()
      applySpellcheckPolicy(session as never, platform)
      expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
      expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith([])
    }
    const mac = fakeSession()
    applySpellcheckPolicy(mac as never, 'darwin')
    expect(mac.setSpellCheckerEnabled).toHaveBeenCalledWith(true)
  })

  it('points the dictionary download at a local address with nothing behind it, on every platform', () => {
    expect(new URL(NO_DICTIONARY_DOWNLOADS_URL).protocol).toBe('file:')
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const session = fakeSession()
      applySpellcheckPolicy(session as never, platform)
      expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(NO_DICTIONARY_DOWNLOADS_URL)
    }
  })
})

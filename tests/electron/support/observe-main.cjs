// Loaded with `-r` ahead of Kept's main process, in the development Electron only (the tests'
// launcher passes it; a packaged Kept never loads it). It changes nothing in the app: it writes,
// one JSON line each, to the file named by KEPT_TEST_OBSERVATIONS:
// - every request any of the app's sessions sends over the network stack (session.webRequest),
//   and every spell-check dictionary download it starts;
// - every load of a better-sqlite3 native addon (a database engine this process could open a
//   file with);
// - the moment the app is about to quit (to time Cmd/Ctrl+Q);
// - whatever a test's stub in main notes through globalThis.keptTestNote (native dialogs).
'use strict'
const { appendFileSync } = require('node:fs')
const { app, session } = require('electron')

const file = process.env.KEPT_TEST_OBSERVATIONS

function note(kind, detail) {
  if (file) appendFileSync(file, `${JSON.stringify({ pid: process.pid, at: Date.now(), kind, ...detail })}\n`)
}

note('started', {})
globalThis.keptTestNote = note

const dlopen = process.dlopen
process.dlopen = function observedDlopen(module, filename, ...rest) {
  if (/better_sqlite3\.node$/i.test(String(filename))) note('sqlite-addon', { path: String(filename) })
  return dlopen.call(this, module, filename, ...rest)
}

const watched = new WeakSet()
function watch(watchedSession) {
  if (watched.has(watchedSession)) return
  watched.add(watchedSession)
  // onSendHeaders only observes (it cannot change or cancel a request), so it never takes the
  // place of a listener the app itself installs for onBeforeRequest or onHeadersReceived.
  watchedSession.webRequest.onSendHeaders((details) => note('request', { url: details.url, method: details.method, resourceType: details.resourceType }))
  watchedSession.on('spellcheck-dictionary-download-begin', (_event, language) => note('request', { url: `spellcheck-dictionary:${language}`, method: 'GET', resourceType: 'dictionary' }))
}

app.on('session-created', watch)
app.whenReady().then(() => watch(session.defaultSession))
app.on('will-quit', () => note('will-quit', {}))

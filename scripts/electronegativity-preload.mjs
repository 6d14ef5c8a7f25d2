// Preloaded into Electronegativity by scripts/security-scan.mjs.
// 1. Offline: its translation download and its "available security fixes" check (which would also
//    write a releases file into node_modules) fail at once instead of waiting for timeouts.
// 2. Whole CSV: it writes the CSV header and the findings with two racing async writes, so the
//    header sometimes overwrites the first finding; CSV writes are made synchronous, in order.
import fs from 'node:fs'
import Module from 'node:module'

function offline() {
  return Promise.reject(new Error('Kept runs Electronegativity offline.'))
}
offline.head = offline
offline.get = offline
const originalLoad = Module._load
Module._load = function load(request, parent, isMain) {
  if (request === 'got') return { __esModule: true, default: offline }
  return originalLoad.call(this, request, parent, isMain)
}

const originalWriteFile = fs.writeFile
fs.writeFile = function writeFile(file, data, options, callback) {
  if (typeof file === 'string' && file.endsWith('.csv')) {
    const done = typeof options === 'function' ? options : callback
    try {
      fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options)
      if (done) process.nextTick(done, null)
    } catch (error) {
      if (done) process.nextTick(done, error)
      else throw error
    }
    return
  }
  return originalWriteFile.apply(this, arguments)
}

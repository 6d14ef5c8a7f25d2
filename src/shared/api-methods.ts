// Every method name of the API, with no dependencies: the sandboxed preload builds its bridge
// from this list. `contract.ts` defines each method's input schema and result type and is
// type-checked against this list in both directions.
export const API_METHODS = [
  'app.status',
  'reps.list',
  'reps.get',
  'reps.create',
  'reps.update',
  'reps.setArchived',
  'search.query',
  'demo.load',
  'demo.remove'
] as const

export type ApiMethod = (typeof API_METHODS)[number]

/** The IPC channel (Electron) or URL path segment (browser host) of a method. */
export const API_CHANNEL_PREFIX = 'kept:'

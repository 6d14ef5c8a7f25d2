// The trash: what was deleted, by whom it was owned, and when; restorable until emptied.

export const TRASH_KINDS = ['rep', 'session', 'goal', 'agreement'] as const
export type TrashKind = (typeof TRASH_KINDS)[number]

export interface TrashEntry {
  id: number
  kind: TrashKind
  itemId: number
  label: string
  repName: string
  /** Rows kept with it (the item itself included): a rep's 1:1s, notes, goals… */
  rowCount: number
  deletedAt: string
}

export interface RestoredItem {
  kind: TrashKind
  itemId: number
  label: string
}

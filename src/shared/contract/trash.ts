// The Trash: deleting a rep, 1:1, goal or agreement moves it here; restore it or empty the Trash.
import { z } from 'zod'
import type { RestoredItem, TrashEntry } from '@shared/trash'
import { empty, id } from './fields'
import { method, type FeatureContract } from './method'

export const trashContract = {
  'reps.delete': method<TrashEntry>()(z.object({ id }).strict()),
  'sessions.delete': method<TrashEntry>()(z.object({ id }).strict()),
  'goals.delete': method<TrashEntry>()(z.object({ id }).strict()),
  'agreements.delete': method<TrashEntry>()(z.object({ id }).strict()),
  'trash.list': method<TrashEntry[]>()(empty),
  'trash.restore': method<RestoredItem>()(z.object({ id }).strict()),
  'trash.empty': method<{ removed: number }>()(empty)
} satisfies FeatureContract

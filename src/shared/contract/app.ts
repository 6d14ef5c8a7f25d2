// The app itself: its status, the user's preferences, and the demo team.
import { z } from 'zod'
import { CADENCES, DATE_FORMATS, THEMES, type AppStatus, type Preferences } from '@shared/domain'
import { empty, isoDate } from './fields'
import { method, type FeatureContract } from './method'

export const preferencesSchema = z
  .object({
    defaultCadence: z.enum(CADENCES),
    defaultSessionMinutes: z.number().int().min(5, 'At least 5 minutes.').max(240, 'At most 4 hours.'),
    weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    theme: z.enum(THEMES),
    dateFormat: z.enum(DATE_FORMATS),
    remindersEnabled: z.boolean(),
    backupRetentionDays: z.number().int('Enter a whole number of days.').min(1, 'Keep automatic backups for at least 1 day.').max(365, 'Keep automatic backups for at most 365 days.'),
    yourName: z.string().trim().max(80, 'Keep your name under 80 characters.')
  })
  .strict()

export const appContract = {
  'app.status': method<AppStatus>()(empty),

  'preferences.get': method<Preferences>()(empty),
  'preferences.update': method<Preferences>()(preferencesSchema.partial().strict()),

  'demo.load': method<{ repsCreated: number }>()(z.object({ today: isoDate.optional() }).strict()),
  'demo.remove': method<{ repsRemoved: number }>()(empty)
} satisfies FeatureContract

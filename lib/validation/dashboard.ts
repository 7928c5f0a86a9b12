import { z } from 'zod'
import { SlugSchema } from './common'

/** The manager dashboard's query: which hub to show (absent: every hub the viewer may see). */
export const HubDashboardQuerySchema = z.strictObject({
  hub: SlugSchema.optional(),
})
export type HubDashboardQuery = z.infer<typeof HubDashboardQuerySchema>

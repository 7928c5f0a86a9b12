// The acting user as the server sees them on this request: re-read from the database every
// time, so a role change, a suspension or "sign out everywhere" takes effect at once.
import type { CityRole, HubRoleKind, UserStatus } from '@/lib/generated/prisma/enums'

export type ActorCity = {
  id: string
  slug: string
  name: string
  role: CityRole
  /** ACTIVE once the city's focal point (or a hub officer, or an admin) approved them. */
  status: 'ACTIVE' | 'PENDING'
  /** Hubs the city currently belongs to. */
  hubIds: string[]
}

export type Actor = {
  id: string
  email: string
  name: string
  status: UserStatus
  isNetworkAdmin: boolean
  sessionVersion: number
  city: ActorCity | null
  hubRoles: { hubId: string; hubSlug: string; role: HubRoleKind }[]
  /** Two-step sign-in is on for this account (lib/auth/two-step.ts). */
  twoStepEnabled?: boolean
  /** Admin or manager rights withheld until the account turns two-step sign-in on (lib/auth/two-step-policy.ts). */
  staffRightsWithheld?: boolean
}

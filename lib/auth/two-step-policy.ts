// Who must use two-step sign-in (lib/auth/two-step.ts): network admins and hub managers, unless
// TWO_STEP_FOR_STAFF=optional or the install is a demo (the embedded database, SEED_DEMO=true),
// whose published demo accounts have no authenticator. Until a staff account enrols, its admin
// and manager rights are withheld wherever an actor is built (lib/auth/load-actor.ts), so every
// service refuses them, not only the pages.
import { isDemoInstall } from '@/lib/server/install-mode'
import type { Actor } from './actor'

export function twoStepRequiredFor(
  actor: Pick<Actor, 'isNetworkAdmin' | 'hubRoles'>,
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env.TWO_STEP_FOR_STAFF === 'optional') return false
  if (env.TWO_STEP_FOR_STAFF !== 'required' && isDemoInstall(env, env.EMBEDDED_DATABASE === 'true')) return false
  return actor.isNetworkAdmin || actor.hubRoles.some((role) => role.role === 'MANAGER')
}

/** The actor with the rights that need two-step sign-in withheld, and marked so pages can say why. */
export function withholdStaffRights(actor: Actor): Actor {
  return {
    ...actor,
    isNetworkAdmin: false,
    hubRoles: actor.hubRoles.filter((role) => role.role !== 'MANAGER'),
    staffRightsWithheld: true,
  }
}

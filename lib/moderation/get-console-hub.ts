// The hub whose console a page is about to show: NOT_FOUND unless the actor may see it, so the
// page can answer 404 before it starts streaming its queues.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { ConsoleHubSlugSchema } from '@/lib/validation/moderation'
import { type ConsoleHub, getConsoleHub } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export async function getConsoleHubFor(heldActor: Actor | null, rawHubSlug: unknown): Promise<ConsoleHub> {
  const actor = await requireCurrentActor(heldActor)
  return getConsoleHub(actor, parseInput(ConsoleHubSlugSchema, rawHubSlug))
}

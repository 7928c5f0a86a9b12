// The development mailbox (/dev/mailbox): unsent mail, magic links and password resets included,
// shown in the browser so that the demo works without an SMTP server. It hands out every
// account's sign-in links, so it is fenced three ways:
// - it belongs to demo installs only: `npm start` turns it on for the embedded database or an
//   explicit SEED_DEMO=true, never with SMTP_URL (decideDevMailbox);
// - it refuses to turn on when the database holds accounts other than the demo ones, even when
//   DEV_MAILBOX=true asks for it (a real person's links must never be readable there); outside
//   a demo install (DEV_MAILBOX_DEMO, set with DEV_MAILBOX by `npm start`) it checks again on
//   every read, so people who register after the start do not appear in it either
//   (mailboxStillOpen);
// - even when on, only a visitor on this machine who came straight to the server (no proxy, see
//   lib/http/direct-peer.ts) or a signed-in network admin may read it (mayReadDevMailbox).
// No `server-only` here: scripts/start.ts decides with the same function.
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import type { AppPrismaClient } from '@/lib/db/client'

export type DevMailboxDecision = { enabled: boolean; reason: string }

export function decideDevMailbox(input: {
  /** DEV_MAILBOX as given: 'true', 'false' or unset. */
  requested: string | undefined
  smtpConfigured: boolean
  /** The embedded database, or SEED_DEMO=true. */
  demoMode: boolean
  /** Accounts that are not demo accounts. */
  otherAccounts: number
}): DevMailboxDecision {
  if (input.smtpConfigured) return { enabled: false, reason: 'SMTP_URL is set: mail is sent' }
  if (input.requested === 'false') return { enabled: false, reason: 'DEV_MAILBOX=false' }
  const wanted = input.requested === 'true' || (input.requested === undefined && input.demoMode)
  if (!wanted) return { enabled: false, reason: 'not a demo install (embedded database or SEED_DEMO=true)' }
  if (input.otherAccounts > 0) {
    return {
      enabled: false,
      reason: `refused: the database holds ${input.otherAccounts} account(s) besides the demo ones, whose sign-in links it would show`,
    }
  }
  return { enabled: true, reason: input.requested === 'true' ? 'DEV_MAILBOX=true' : 'demo install without SMTP' }
}

export function countOtherAccounts(prisma: AppPrismaClient): Promise<number> {
  return prisma.user.count({ where: { isDemo: false } })
}

/** Set by the server from the start-up decision; off unless it says so. */
export function isDevMailboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DEV_MAILBOX === 'true' && !env.SMTP_URL
}

/**
 * Whether the mailbox, on since the start, may still be read. A demo install keeps it for the
 * people who try the demo (registrations included); any other install closes it as soon as the
 * database holds an account that is not a demo one.
 */
export function mailboxStillOpen(input: { demoInstall: boolean; otherAccounts: () => Promise<number> }): Promise<boolean> | boolean {
  if (input.demoInstall) return true
  return input.otherAccounts().then((count) => count === 0)
}

export function mayReadDevMailbox(input: { enabled: boolean; directLoopback: boolean; actor: Actor | null }): boolean {
  if (!input.enabled) return false
  return input.directLoopback || can(input.actor, 'devMailbox.read')
}

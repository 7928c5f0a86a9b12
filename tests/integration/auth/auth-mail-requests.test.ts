// Password-reset and magic-link requests do the same database work while answering, whatever
// the address: every statement the request runs is recorded (a Prisma query extension on the
// app's client) and compared between a known and an unknown address. The lookup, the token and
// the mail run after the response (`defer`). On the code before this change the known address
// ran a user lookup plus a transaction (token, audit, outbox) and the unknown one only the
// lookup: "same statements" failed there (6 operations against 3: the token, audit and outbox rows).
import { describe, expect, it } from 'vitest'
import { handleAuthMailRequest, recordAuthMailRequest, sweepAuthMailRequests } from '@/lib/auth/auth-mail-requests'
import { requestPasswordReset } from '@/lib/auth/password-reset'
import { db } from '@/lib/db'
import type { AppPrismaClient } from '@/lib/db/client'
import { createUser } from '../../factories'

const global = globalThis as unknown as { circularsPrisma?: AppPrismaClient }

/** Runs `work` with every operation on the app's client recorded as "Model.operation". */
async function recordOperations(work: () => Promise<unknown>): Promise<string[]> {
  await db.$queryRaw`SELECT 1` // the client exists
  const base = global.circularsPrisma!
  const operations: string[] = []
  global.circularsPrisma = base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        operations.push(`${model ?? '$'}.${operation}`)
        return query(args)
      },
    },
  }) as unknown as AppPrismaClient
  try {
    await work()
  } finally {
    global.circularsPrisma = base
  }
  return operations
}

type Task = () => Promise<void>

describe('reset and magic-link requests', () => {
  it('run the same statements for a known and an unknown address, and leave one request row each', async () => {
    await createUser({ email: 'known@example.org' })
    const deferred: Task[] = []
    const defer = (task: Task) => void deferred.push(task)
    const context = { ip: '198.51.100.20', baseUrl: 'http://localhost:3000', defer }

    const known = await recordOperations(() => requestPasswordReset({ email: 'known@example.org' }, context))
    const unknown = await recordOperations(() => requestPasswordReset({ email: 'unknown@example.org' }, context))
    expect(known.length).toBeGreaterThan(0)
    expect(unknown).toEqual(known)
    expect(known).not.toContain('User.findUnique')
    expect(await db.authMailRequest.count()).toBe(2)
    expect(await db.passwordResetToken.count()).toBe(0)
    expect(await db.outboxEmail.count()).toBe(0)

    const magicKnown = await recordOperations(() => recordAuthMailRequest({ kind: 'MAGIC_LINK', email: 'known@example.org', url: 'http://localhost:3000/api/auth/callback/email?token=a', ip: null }, defer))
    const magicUnknown = await recordOperations(() => recordAuthMailRequest({ kind: 'MAGIC_LINK', email: 'unknown@example.org', url: 'http://localhost:3000/api/auth/callback/email?token=b', ip: null }, defer))
    expect(magicUnknown).toEqual(magicKnown)
    expect(magicKnown).toEqual(['AuthMailRequest.create'])

    // After the response: only the known address gets a token and mail; every request row goes.
    expect(deferred).toHaveLength(4)
    for (const task of deferred) await task()
    expect(await db.authMailRequest.count()).toBe(0)
    expect(await db.passwordResetToken.count()).toBe(1)
    const mails = await db.outboxEmail.findMany({ orderBy: { createdAt: 'asc' } })
    expect(mails.map((mail) => mail.toAddress)).toEqual(['known@example.org', 'known@example.org'])
    expect(mails[0]!.textBody).toMatch(/reset-password\?token=[A-Za-z0-9_-]{43}/)
    expect(mails[1]!.textBody).toContain('callback/email?token=a')
  })

  it('mails nothing to a suspended account, and handling twice mails once', async () => {
    await createUser({ email: 'frozen@example.org', status: 'SUSPENDED' })
    await createUser({ email: 'twice@example.org' })
    const deferred: Task[] = []
    await requestPasswordReset({ email: 'frozen@example.org' }, { ip: null, baseUrl: 'http://localhost:3000', defer: (task) => void deferred.push(task) })
    await requestPasswordReset({ email: 'twice@example.org' }, { ip: null, baseUrl: 'http://localhost:3000', defer: () => {} })
    const [twice] = await db.authMailRequest.findMany({ where: { email: 'twice@example.org' } })
    await Promise.all([handleAuthMailRequest(twice!.id), handleAuthMailRequest(twice!.id)])
    for (const task of deferred) await task()
    expect((await db.outboxEmail.findMany()).map((mail) => mail.toAddress)).toEqual(['twice@example.org'])
    expect(await db.authMailRequest.count()).toBe(0)
  })

  it('the sweep sends what a lost process left and drops what is too old to be useful', async () => {
    await createUser({ email: 'lost@example.org' })
    await createUser({ email: 'ancient@example.org' })
    await db.authMailRequest.create({ data: { kind: 'PASSWORD_RESET', email: 'lost@example.org', baseUrl: 'http://localhost:3000', createdAt: new Date(Date.now() - 60_000) } })
    await db.authMailRequest.create({ data: { kind: 'PASSWORD_RESET', email: 'ancient@example.org', baseUrl: 'http://localhost:3000', createdAt: new Date(Date.now() - 60 * 60_000) } })
    await db.authMailRequest.create({ data: { kind: 'PASSWORD_RESET', email: 'lost@example.org', baseUrl: 'http://localhost:3000' } }) // fresh: its own request handles it
    await sweepAuthMailRequests()
    expect((await db.outboxEmail.findMany()).map((mail) => mail.toAddress)).toEqual(['lost@example.org'])
    expect(await db.authMailRequest.count()).toBe(1)
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { sendMessage } from '@/lib/messaging'
import { countUnreadNotifications } from '@/lib/notifications/count-unread-notifications'
import { listNotifications, NOTIFICATIONS_PER_PAGE } from '@/lib/notifications/list-notifications'
import { markAllNotificationsRead } from '@/lib/notifications/mark-all-notifications-read'
import { markNotificationRead } from '@/lib/notifications/mark-notification-read'
import { sendDailyDigests } from '@/lib/notifications/send-daily-digests'
import { renderNotificationMail } from '@/lib/notifications/mail'
import { findUnsubscribeTarget, unsubscribe } from '@/lib/notifications/unsubscribe'
import { signUserToken, verifyUserToken, type TokenPurpose } from '@/lib/notifications/unsubscribe-token'
import { updateEmailPreference } from '@/lib/notifications/update-email-preference'
import { createMessagingWorld, expectRefusedUnchanged, type MessagingWorld } from '../../factories/messaging'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

let world: MessagingWorld
beforeEach(async () => {
  world = await createMessagingWorld()
})

describe('notification centre', () => {
  it('lists the user’s own notifications newest first, paginated', async () => {
    for (let i = 0; i < NOTIFICATIONS_PER_PAGE + 2; i++) {
      await db.notification.create({
        data: { userId: world.official.user.id, type: 'conversation.message', data: { subject: `n${i}` }, createdAt: new Date(Date.now() + i * 1000) },
      })
    }
    const first = await listNotifications(world.official.actor, '1')
    expect(first.items).toHaveLength(NOTIFICATIONS_PER_PAGE)
    expect(first.items[0]!.data).toEqual({ subject: `n${NOTIFICATIONS_PER_PAGE + 1}` })
    expect(first).toMatchObject({ page: 1, pageCount: 2, unread: NOTIFICATIONS_PER_PAGE + 2 })
    const second = await listNotifications(world.official.actor, '2')
    expect(second.items).toHaveLength(2)
    expect(second.items.every((item) => item.data && (item.data as { subject: string }).subject < 'n2')).toBe(true)
  })

  it('marks one read, then all read; the unread count falls', async () => {
    expect(await countUnreadNotifications(world.officer.actor)).toBe(1)
    await sendMessage(world.official.actor, { conversationId: world.conversationId, body: 'More' })
    expect(await countUnreadNotifications(world.officer.actor)).toBe(2)
    const [one] = await db.notification.findMany({ where: { userId: world.officer.user.id }, take: 1 })
    await markNotificationRead(world.officer.actor, { notificationId: one!.id })
    expect(await countUnreadNotifications(world.officer.actor)).toBe(1)
    expect(await markAllNotificationsRead(world.officer.actor)).toBe(1)
    expect(await countUnreadNotifications(world.officer.actor)).toBe(0)
  })

  it('refuses marking someone else’s notification, and anonymous callers', async () => {
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: world.officer.user.id } })
    await expectRefusedUnchanged(() => markNotificationRead(world.official.actor, { notificationId: theirs.id }), 'NOT_FOUND')
    await expectRefusedUnchanged(() => markAllNotificationsRead(null), 'UNAUTHENTICATED')
    await expect(listNotifications(null, 1)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('saves the e-mail preference; INSTANT mails, others do not', async () => {
    await updateEmailPreference(world.official.actor, { emailPreference: 'DAILY_DIGEST' })
    await expectRefusedUnchanged(() => updateEmailPreference(world.official.actor, { emailPreference: 'HOURLY' }), 'INVALID')
    const before = await db.outboxEmail.count()
    await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'Answer' })
    // The colleague (INSTANT) is mailed; the official (DAILY_DIGEST) is only notified.
    expect(await db.outboxEmail.count()).toBe(before + 1)
    expect(await db.outboxEmail.count({ where: { toAddress: world.colleague.user.email } })).toBe(1)
    expect(await db.notification.count({ where: { userId: world.official.user.id, type: 'conversation.message' } })).toBe(1)
  })
})

describe('unsubscribe token', () => {
  it('verifies an intact token for its purpose only', () => {
    const token = signUserToken(world.official.user.id, 'email.unsubscribe')
    expect(verifyUserToken(token, 'email.unsubscribe')).toBe(world.official.user.id)
    const [version, userId, purpose, signature] = token.split('.') as [string, string, string, string]
    // Tampered: another user id with the same signature, or a changed signature.
    expect(verifyUserToken(`${version}.${world.colleague.user.id}.${purpose}.${signature}`, 'email.unsubscribe')).toBeNull()
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A')
    expect(verifyUserToken(`${version}.${userId}.${purpose}.${flipped}`, 'email.unsubscribe')).toBeNull()
    expect(verifyUserToken(`${token}x`, 'email.unsubscribe')).toBeNull()
    expect(verifyUserToken('garbage', 'email.unsubscribe')).toBeNull()
    // Wrong purpose: a token signed for something else is refused here.
    const other = signUserToken(world.official.user.id, 'password.reset' as TokenPurpose)
    expect(verifyUserToken(other, 'email.unsubscribe')).toBeNull()
  })

  it('shows the masked address, then sets the preference to NONE without signing in', async () => {
    const token = signUserToken(world.official.user.id, 'email.unsubscribe')
    const target = await findUnsubscribeTarget({ token })
    expect(target.maskedEmail).toMatch(/^u…@example\.org$/)
    expect(await db.user.findUniqueOrThrow({ where: { id: world.official.user.id } })).toMatchObject({ emailPreference: 'INSTANT' })
    await unsubscribe({ token })
    expect(await db.user.findUniqueOrThrow({ where: { id: world.official.user.id } })).toMatchObject({ emailPreference: 'NONE' })
  })

  it('refuses a tampered or wrong-purpose token, with nothing changed', async () => {
    const token = signUserToken(world.official.user.id, 'email.unsubscribe')
    const tampered = token.replace(world.official.user.id, world.colleague.user.id)
    await expectRefusedUnchanged(() => unsubscribe({ token: tampered }), 'NOT_FOUND')
    await expectRefusedUnchanged(() => unsubscribe({ token: signUserToken(world.official.user.id, 'other.purpose' as TokenPurpose) }), 'NOT_FOUND')
    await expect(findUnsubscribeTarget({ token: tampered })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('puts a working unsubscribe link in every notification e-mail', async () => {
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: world.officer.user.email } })
    const token = decodeURIComponent(/\/unsubscribe\?token=(\S+)/.exec(mail.textBody)![1]!)
    expect(verifyUserToken(token, 'email.unsubscribe')).toBe(world.officer.user.id)
    // The unsubscribe page in the recipient's language (English unless they chose another).
    expect(mail.textBody).toMatch(/\/en\/unsubscribe\?token=/)
  })

  it('links a recipient who reads Spanish to the Spanish unsubscribe page, in a Spanish e-mail', async () => {
    await db.user.update({ where: { id: world.officer.user.id }, data: { locale: 'es' } })
    const mail = await renderNotificationMail(
      { id: world.officer.user.id, email: world.officer.user.email, name: world.officer.user.name, locale: 'es' },
      { type: 'conversation.message', data: { conversationId: world.conversationId, subject: 'Noticias', authorName: 'Ama' } },
    )
    expect(mail.text).toMatch(/\/es\/unsubscribe\?token=/)
    expect(mail.text).not.toMatch(/\/en\/unsubscribe/)
    const fallback = await renderNotificationMail(
      { id: world.officer.user.id, email: world.officer.user.email, name: world.officer.user.name, locale: 'xx' },
      { type: 'conversation.message', data: { conversationId: world.conversationId, subject: 'News', authorName: 'Ama' } },
    )
    expect(fallback.text).toMatch(/\/en\/unsubscribe\?token=/)
  })
})

describe('sendDailyDigests', () => {
  it('mails each DAILY_DIGEST user their unread notifications of the last 24 hours, once', async () => {
    const now = new Date(Date.now() + 60_000)
    await db.user.updateMany({ where: { id: { in: [world.official.user.id, world.officer.user.id] } }, data: { emailPreference: 'DAILY_DIGEST' } })
    await db.outboxEmail.deleteMany()
    const official = world.official.user.id
    await db.notification.createMany({
      data: [
        { userId: official, type: 'conversation.message', data: { conversationId: world.conversationId, subject: 'Fresh news', authorName: 'Ama' } },
        { userId: official, type: 'conversation.message', data: { conversationId: world.conversationId, subject: 'Old news', authorName: 'Ama' }, createdAt: new Date(now.getTime() - 25 * 3600_000) },
        { userId: official, type: 'conversation.message', data: { conversationId: world.conversationId, subject: 'Read news', authorName: 'Ama' }, readAt: new Date() },
      ],
    })
    // The officer's one notification (the conversation start) is read: no digest for them.
    await db.notification.updateMany({ where: { userId: world.officer.user.id }, data: { readAt: new Date() } })

    expect(await sendDailyDigests(now)).toEqual({ mailed: 1 })
    const mails = await db.outboxEmail.findMany()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.toAddress).toBe(world.official.user.email)
    expect(mails[0]!.subject).toBe('Circulars Portal: 1 update today')
    expect(mails[0]!.textBody).toContain('Ama wrote in “Fresh news”.')
    expect(mails[0]!.textBody).toContain(`/inbox/${world.conversationId}`)
    expect(mails[0]!.textBody).not.toContain('Old news')
    expect(mails[0]!.textBody).not.toContain('Read news')
    expect(mails[0]!.textBody).toContain('/unsubscribe?token=')
  })

  it('mails nobody on NONE or INSTANT', async () => {
    await db.outboxEmail.deleteMany()
    expect(await sendDailyDigests(new Date(Date.now() + 60_000))).toEqual({ mailed: 0 })
    expect(await db.outboxEmail.count()).toBe(0)
  })
})

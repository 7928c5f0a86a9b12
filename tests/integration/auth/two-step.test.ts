// Two-step sign-in: enrolment with a first code, sign-in with password and code (each code
// once), recovery codes (each once), turning it off, no magic link for such accounts, and the
// rights of admins and managers withheld until they enrol.
import { afterEach, describe, expect, it } from 'vitest'
import { loadActor } from '@/lib/auth/load-actor'
import { authOptions, passwordSignIn } from '@/lib/auth/options'
import { hashPassword } from '@/lib/auth/password'
import { can } from '@/lib/auth/permissions'
import { confirmTwoStepEnrolment, currentCode, disableTwoStep, getTwoStepState, startTwoStepEnrolment } from '@/lib/auth/two-step'
import { db } from '@/lib/db'
import { createHub, createUser } from '../../factories'

const PASSWORD = 'a long passphrase of wanjiru'
const ip = { ip: '203.0.113.20' }

async function enrolled(overrides: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser({ email: 'wanjiru@example.org', passwordHash: await hashPassword(PASSWORD), ...overrides })
  const actor = (await loadActor(db, user.id))!
  const { secret } = await startTwoStepEnrolment(actor)
  const at = Date.now()
  const { recoveryCodes } = await confirmTwoStepEnrolment(actor, { code: currentCode(secret, at) }, ip)
  return { user, actor, secret, recoveryCodes, at }
}

const signIn = (code?: string) => passwordSignIn({ email: 'wanjiru@example.org', password: PASSWORD, ...(code === undefined ? {} : { code }) }, ip.ip)

afterEach(() => {
  process.env.TWO_STEP_FOR_STAFF = 'optional'
  delete process.env.EMBEDDED_DATABASE
})

describe('two-step sign-in', () => {
  it('turns on only with a right first code, keeps the secret encrypted and gives ten recovery codes', async () => {
    const user = await createUser({ email: 'wanjiru@example.org' })
    const actor = (await loadActor(db, user.id))!
    const { secret, uri, qrSvg } = await startTwoStepEnrolment(actor)
    expect(uri).toMatch(/^otpauth:\/\/totp\/Circulars%20Portal:wanjiru%40example\.org\?/)
    expect(qrSvg).toContain('<svg')
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoStepSecret: true } })
    expect(stored.twoStepSecret).not.toContain(secret.replace(/\s/g, ''))

    await expect(confirmTwoStepEnrolment(actor, { code: '000000' }, ip)).rejects.toMatchObject({ code: 'INVALID', fields: { code: ['wrongCode'] } })
    await expect(confirmTwoStepEnrolment(actor, { code: 'not a code' }, ip)).rejects.toMatchObject({ code: 'INVALID' })
    expect(await getTwoStepState(actor)).toMatchObject({ enabled: false, pending: true })

    const { recoveryCodes } = await confirmTwoStepEnrolment(actor, { code: currentCode(secret) }, ip)
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)
    expect(await getTwoStepState(actor)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 })
    expect(await db.auditLog.count({ where: { action: 'auth.twoStepEnabled', actorId: user.id } })).toBe(1)
    await expect(startTwoStepEnrolment(actor)).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('asks for the code after the right password, accepts each code once, and recovery codes once', async () => {
    const { user, secret, recoveryCodes, at } = await enrolled()
    expect(await signIn()).toEqual({ refused: 'secondFactor' })
    expect(await signIn('123456')).toEqual({ refused: 'wrongCode' })
    // The code spent on enrolment is not accepted again.
    expect(await signIn(currentCode(secret, at))).toEqual({ refused: 'wrongCode' })
    // The next step's code (accepted one step either side of now).
    const code = currentCode(secret, at + 30_000)
    expect(await signIn(code)).toMatchObject({ user: { id: user.id } })
    expect(await signIn(code)).toEqual({ refused: 'wrongCode' })
    expect(await signIn(recoveryCodes[0])).toMatchObject({ user: { id: user.id } })
    expect(await signIn(recoveryCodes[0])).toEqual({ refused: 'wrongCode' })
    // A wrong password with a right code is still a wrong password.
    expect(await passwordSignIn({ email: 'wanjiru@example.org', password: 'wrong', code: recoveryCodes[1] }, ip.ip)).toEqual({ refused: 'credentials' })
    const failed = await db.auditLog.findMany({ where: { action: 'auth.signInFailed', actorId: user.id } })
    expect(failed.map((entry) => (entry.metadata as { reason?: string }).reason)).toContain('wrongCode')
  })

  it('turns off only with a right code, and refuses magic links while on', async () => {
    const { actor, recoveryCodes } = await enrolled()
    const signInCallback = authOptions.callbacks!.signIn!
    const account = { provider: 'email', type: 'email' as const, providerAccountId: 'wanjiru@example.org' }
    expect(await signInCallback({ user: { id: actor.id, email: 'wanjiru@example.org' }, account } as never)).toBe('/sign-in?error=SecondFactorRequired')

    await expect(disableTwoStep(actor, { code: '000000' }, ip)).rejects.toMatchObject({ code: 'INVALID' })
    expect(await getTwoStepState(actor)).toMatchObject({ enabled: true })
    await disableTwoStep(actor, { code: recoveryCodes[2] }, ip)
    expect(await getTwoStepState(actor)).toMatchObject({ enabled: false, pending: false })
    expect(await db.twoStepRecoveryCode.count({ where: { userId: actor.id } })).toBe(0)
    expect(await signIn()).toMatchObject({ user: { id: actor.id } })
    expect(await signInCallback({ user: { id: actor.id, email: 'wanjiru@example.org' }, account } as never)).toBe(true)
  })

  it('withholds admin and manager rights until the account enrols, on a real install only', async () => {
    process.env.TWO_STEP_FOR_STAFF = ''
    const hub = await createHub({ slug: 'africa' })
    const admin = await createUser({ email: 'admin-two-step@example.org', isNetworkAdmin: true })
    const manager = await createUser({ email: 'manager-two-step@example.org' })
    await db.hubRole.create({ data: { userId: manager.id, hubId: hub.id, role: 'MANAGER' } })
    const officer = await createUser({ email: 'officer-two-step@example.org' })
    await db.hubRole.create({ data: { userId: officer.id, hubId: hub.id, role: 'OFFICER' } })

    const adminActor = (await loadActor(db, admin.id))!
    expect(adminActor).toMatchObject({ isNetworkAdmin: false, staffRightsWithheld: true })
    expect(can(adminActor, 'network.manage')).toBe(false)
    const managerActor = (await loadActor(db, manager.id))!
    expect(managerActor.hubRoles).toEqual([])
    expect(can(managerActor, 'joinRequest.decide', { hubId: hub.id })).toBe(false)
    // Officers are not required to: their role stays.
    expect((await loadActor(db, officer.id))!.hubRoles).toMatchObject([{ role: 'OFFICER' }])
    expect(await getTwoStepState(adminActor)).toMatchObject({ required: true, enabled: false })

    const { secret } = await startTwoStepEnrolment(adminActor)
    await confirmTwoStepEnrolment(adminActor, { code: currentCode(secret) }, ip)
    const after = (await loadActor(db, admin.id))!
    expect(after).toMatchObject({ isNetworkAdmin: true, twoStepEnabled: true })
    expect(after.staffRightsWithheld).toBeUndefined()
    expect(can(after, 'network.manage')).toBe(true)

    // A demo install (the embedded database) does not ask it of its published demo staff.
    process.env.EMBEDDED_DATABASE = 'true'
    expect((await loadActor(db, manager.id))!.hubRoles).toMatchObject([{ role: 'MANAGER' }])
  })
})

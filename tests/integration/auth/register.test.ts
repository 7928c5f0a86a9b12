import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { verifyPassword } from '@/lib/auth/password'
import { registerOfficial } from '@/lib/auth/register'
import { createCity, createUser } from '../../factories'

const context = { ip: '203.0.113.7', locale: 'en', baseUrl: 'http://localhost:3000' }
const valid = (citySlug: string, overrides: Record<string, unknown> = {}) => ({
  name: 'Abena Owusu',
  email: 'Abena.Owusu@Example.org ',
  jobTitle: 'Waste programme officer',
  citySlug,
  password: 'a long passphrase about compost',
  ...overrides,
})

describe('registerOfficial', () => {
  it('creates an account that awaits approval by the city, notifies its focal points and mails the official', async () => {
    const city = await createCity({ slug: 'accra' })
    const focal = await createUser()
    await db.cityOfficial.create({ data: { userId: focal.id, cityId: city.id, role: 'FOCAL_POINT', status: 'ACTIVE' } })

    await expect(registerOfficial(valid('accra'), context)).resolves.toEqual({ ok: true })

    const user = await db.user.findUniqueOrThrow({
      where: { email: 'abena.owusu@example.org' },
      omit: { passwordHash: false },
      include: { cityMemberships: true },
    })
    expect(user).toMatchObject({ name: 'Abena Owusu', jobTitle: 'Waste programme officer', isNetworkAdmin: false, status: 'ACTIVE' })
    expect(user.cityMemberships).toMatchObject([{ cityId: city.id, role: 'OFFICIAL', status: 'PENDING' }])
    expect(await verifyPassword(user.passwordHash!, 'a long passphrase about compost')).toBe(true)
    expect(await db.notification.findMany({ where: { userId: focal.id } })).toMatchObject([{ type: 'cityTeam.requested' }])
    expect(await db.outboxEmail.count({ where: { toAddress: 'abena.owusu@example.org' } })).toBe(1)
    expect(await db.auditLog.findMany({ where: { action: 'user.register' } })).toMatchObject([{ actorId: user.id, ip: '203.0.113.7' }])
  })

  it('answers alike for an address that already has an account, changing nothing but mailing its owner', async () => {
    await createCity({ slug: 'accra' })
    const existing = await createUser({ email: 'taken@example.org', name: 'Original Owner' })
    const result = await registerOfficial(valid('accra', { email: 'taken@example.org', name: 'Impostor' }), context)
    expect(result).toEqual({ ok: true })
    const after = await db.user.findUniqueOrThrow({ where: { id: existing.id }, include: { cityMemberships: true } })
    expect(after.name).toBe('Original Owner')
    expect(after.cityMemberships).toEqual([])
    expect(await db.user.count()).toBe(1)
    const mails = await db.outboxEmail.findMany({ where: { toAddress: 'taken@example.org' } })
    expect(mails).toHaveLength(1)
    expect(mails[0]?.subject).toMatch(/registration/i)
  })

  it.each([
    [{ password: 'short' }, 'password', 'passwordTooShort'],
    [{ password: 'x'.repeat(129) }, 'password', 'passwordTooLong'],
    [{ password: 'password123' }, 'password', 'passwordCommon'],
    [{ email: 'not-an-address' }, 'email', 'email'],
    [{ name: '   ' }, 'name', 'required'],
    [{ name: 'Evil\u202Eman' }, 'name', 'controlCharacters'],
    [{ citySlug: 'atlantis' }, 'citySlug', 'chooseCity'],
    [{ citySlug: '../../etc' }, 'citySlug', 'chooseCity'],
  ])('refuses %j with a field error and changes nothing', async (overrides, field, key) => {
    await createCity({ slug: 'accra' })
    await expect(registerOfficial(valid('accra', overrides), context)).rejects.toMatchObject({
      code: 'INVALID',
      fields: { [field]: expect.arrayContaining([key]) },
    })
    expect(await db.user.count()).toBe(0)
    expect(await db.outboxEmail.count()).toBe(0)
  })

  it('never applies role, status, admin or city fields smuggled into the form', async () => {
    const city = await createCity({ slug: 'accra' })
    const other = await createCity({ slug: 'nairobi' })
    await registerOfficial(
      { ...valid('accra'), isNetworkAdmin: true, status: 'ACTIVE', role: 'FOCAL_POINT', cityId: other.id },
      context,
    )
    const user = await db.user.findUniqueOrThrow({ where: { email: 'abena.owusu@example.org' }, include: { cityMemberships: true } })
    expect(user.isNetworkAdmin).toBe(false)
    expect(user.cityMemberships).toMatchObject([{ cityId: city.id, role: 'OFFICIAL', status: 'PENDING' }])
  })

  it('limits registrations per IP address with a retry time', async () => {
    await createCity({ slug: 'accra' })
    for (let i = 0; i < 10; i++) {
      await registerOfficial(valid('accra', { email: `person${i}@example.org` }), context)
    }
    await expect(registerOfficial(valid('accra', { email: 'one-more@example.org' }), context)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    })
    expect(await db.user.count()).toBe(10)
  })
})

// Test data for network administration: a snapshot of what the admin services may write.
import { expect } from 'vitest'
import { db } from '@/lib/db'

export async function adminSnapshot() {
  const [hubs, coalitions, topics, cities, users, cityOfficials, auditLogs] = await Promise.all([
    db.hub.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, slug: true, region: true, description: true } }),
    db.coalition.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, slug: true, coordinatingHubId: true } }),
    db.topic.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, slug: true, parentId: true } }),
    db.city.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, slug: true, countryCode: true } }),
    db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, email: true, status: true, sessionVersion: true, suspendedReason: true } }),
    db.cityOfficial.findMany({ orderBy: { id: 'asc' }, select: { id: true, userId: true, status: true } }),
    db.auditLog.count(),
  ])
  return { hubs, coalitions, topics, cities, users, cityOfficials, auditLogs }
}

/** The call is refused with this code and nothing the admin services write has changed. */
export async function expectAdminRefusedUnchanged(run: () => Promise<unknown>, match: Record<string, unknown>) {
  const before = await adminSnapshot()
  await expect(run()).rejects.toMatchObject(match)
  expect(await adminSnapshot()).toEqual(before)
}

export const cityInput = (overrides: Record<string, string> = {}) => ({
  name: 'Kumasi',
  countryCode: 'GH',
  region: 'West Africa',
  population: '3490000',
  latitude: '6.69',
  longitude: '-1.62',
  ...overrides,
})

// Every administration action writes exactly one audit row, in the same transaction: a refused
// action writes none.
import { describe, expect, it } from 'vitest'
import { applyImport } from '@/lib/admin/import-csv'
import { createCity } from '@/lib/admin/create-city'
import { createCoalition } from '@/lib/admin/create-coalition'
import { createHub } from '@/lib/admin/create-hub'
import { createTopic } from '@/lib/admin/create-topic'
import { restoreUser } from '@/lib/admin/restore-user'
import { suspendUser } from '@/lib/admin/suspend-user'
import { updateCity } from '@/lib/admin/update-city'
import { updateCoalition } from '@/lib/admin/update-coalition'
import { updateHub } from '@/lib/admin/update-hub'
import { updateTopic } from '@/lib/admin/update-topic'
import { db } from '@/lib/db'
import { appointHubRole, removeHubRole } from '@/lib/membership'
import { createAdmin, createNetwork, createUnattachedUser } from '../../factories/actors'
import { cityInput } from '../../factories/admin'

describe('one audit row per administration action', () => {
  it('writes exactly one row for each action, with the action name and the actor', async () => {
    const network = await createNetwork()
    const admin = await createAdmin()
    const person = await createUnattachedUser()
    const hub = { region: 'Europe', description: 'A hub.' }
    const coalition = { kind: 'NETWORK', scope: 'Global', description: 'A network.' }
    const steps: [string, () => Promise<unknown>][] = [
      ['hub.create', () => createHub(admin.actor, { ...hub, name: 'Nordic Hub' })],
      ['hub.update', () => updateHub(admin.actor, { ...hub, name: 'Nordic Circular Hub', slug: 'nordic-hub' })],
      ['coalition.create', () => createCoalition(admin.actor, { ...coalition, name: 'Repair Cities' })],
      ['coalition.update', () => updateCoalition(admin.actor, { ...coalition, name: 'Repair Cities Network', slug: 'repair-cities' })],
      ['topic.create', () => createTopic(admin.actor, { name: 'Repair', description: 'Repair cafés.' })],
      ['topic.update', () => updateTopic(admin.actor, { name: 'Repair and reuse', description: 'Repair cafés.', slug: 'repair' })],
      ['city.create', () => createCity(admin.actor, cityInput({ name: 'Tromsø', countryCode: 'NO' }))],
      ['city.update', () => updateCity(admin.actor, { ...cityInput({ name: 'Tromsø', countryCode: 'NO', population: '77000' }), slug: 'tromso' })],
      ['import.cities', () => applyImport(admin.actor, { kind: 'cities', csv: 'name,country_code,region,population,latitude,longitude\nBergen,NO,Europe,,60.39,5.32' })],
      ['hubRole.appoint', () => appointHubRole(admin.actor, { email: person.user.email, hubSlug: network.hubX.slug, role: 'MANAGER' })],
      ['hubRole.remove', () => removeHubRole(admin.actor, { userId: person.user.id, hubSlug: network.hubX.slug })],
      ['user.suspend', () => suspendUser(admin.actor, { userId: person.user.id, reason: 'Checking the audit' })],
      ['user.restore', () => restoreUser(admin.actor, { userId: person.user.id })],
    ]
    for (const [action, run] of steps) {
      const before = await db.auditLog.count()
      await run()
      const rows = await db.auditLog.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: 'desc' }, take: 1 })
      expect(await db.auditLog.count(), action).toBe(before + 1)
      expect(rows[0], action).toMatchObject({ action, actorId: admin.user.id })
    }
    // A refused action (a duplicate name) writes nothing.
    const before = await db.auditLog.count()
    await expect(createHub(admin.actor, { ...hub, name: 'NORDIC CIRCULAR HUB' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await db.auditLog.count()).toBe(before)
  })
})

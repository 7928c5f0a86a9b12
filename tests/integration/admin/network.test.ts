// Admins create and edit hubs, coalitions, topics and cities: names normalised and unique
// regardless of case and accents (in the database too), slugs made once, one audit row each.
import { beforeEach, describe, expect, it } from 'vitest'
import { createCity } from '@/lib/admin/create-city'
import { createCoalition } from '@/lib/admin/create-coalition'
import { createHub } from '@/lib/admin/create-hub'
import { createTopic } from '@/lib/admin/create-topic'
import { updateCity } from '@/lib/admin/update-city'
import { updateCoalition } from '@/lib/admin/update-coalition'
import { updateHub } from '@/lib/admin/update-hub'
import { updateTopic } from '@/lib/admin/update-topic'
import { db } from '@/lib/db'
import { actorOfKind, actorKinds, createAdmin, createNetwork, refusalCode, type TestNetwork } from '../../factories/actors'
import { cityInput, expectAdminRefusedUnchanged } from '../../factories/admin'

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

const hubInput = (overrides: Record<string, string> = {}) => ({
  name: 'Circulars Europe Hub',
  region: 'Europe',
  description: 'The European hub of the network.',
  contactEmail: '',
  ...overrides,
})

describe('createHub', () => {
  it('creates a hub with a slug from its name, and writes exactly one audit row', async () => {
    const admin = await createAdmin()
    const hub = await createHub(admin.actor, hubInput({ name: '  Circulars   Europe Hub ' }), { ip: '192.0.2.7' })
    expect(hub).toMatchObject({ name: 'Circulars Europe Hub', slug: 'circulars-europe-hub' })
    expect(await db.hub.findUnique({ where: { id: hub.id } })).toMatchObject({ region: 'Europe', contactEmail: null, nameKey: 'circulars europe hub' })
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'hub.create', actorId: admin.user.id, targetType: 'Hub', targetId: hub.id, hubId: hub.id, ip: '192.0.2.7' },
    ])
  })

  it('never gives a hub a slug that a fixed route would shadow', async () => {
    const admin = await createAdmin()
    const hub = await createHub(admin.actor, hubInput({ name: 'Dashboard' }))
    expect(hub.slug).toBe('dashboard-2')
  })

  it('stores names in NFC and folds case and accents for uniqueness', async () => {
    const admin = await createAdmin()
    const decomposed = 'Re\u0301seau Sa\u0303o Paulo'
    const hub = await createHub(admin.actor, hubInput({ name: decomposed }))
    expect(hub.name).toBe('Réseau São Paulo')
    expect(hub.name).toBe(hub.name.normalize('NFC'))
    expect(hub.slug).toBe('reseau-sao-paulo')
    for (const clash of ['réseau são paulo', 'RESEAU SAO PAULO', 'Réseau  Sao Paulo']) {
      await expectAdminRefusedUnchanged(() => createHub(admin.actor, hubInput({ name: clash })), {
        code: 'CONFLICT',
        key: 'nameTaken',
        fields: { name: ['nameTaken'] },
      })
    }
  })

  it('refuses invisible and direction-override characters', async () => {
    const admin = await createAdmin()
    for (const name of ['Hub\u202Eevil', 'Zero\u200Bwidth Hub', 'Soft\u00ADhyphen', 'Isolate \u2066Hub\u2069', '\uFEFFBOM Hub', 'Tab\tHub']) {
      await expectAdminRefusedUnchanged(() => createHub(admin.actor, hubInput({ name })), {
        code: 'INVALID',
        fields: { name: ['controlCharacters'] },
      })
    }
  })

  it('is enforced by the database: a key collision or an invisible character fails on insert', async () => {
    await db.hub.create({ data: { slug: 'db-one', name: 'Zürich Hub', region: 'r', description: 'd' } })
    await expect(db.hub.create({ data: { slug: 'db-two', name: 'ZURICH hub', region: 'r', description: 'd' } })).rejects.toMatchObject({ code: 'P2002' })
    await expect(db.hub.create({ data: { slug: 'db-three', name: 'Bidi\u202EHub', region: 'r', description: 'd' } })).rejects.toThrow(/Hub_name_clean/)
    await expect(db.hub.create({ data: { slug: 'db-four', name: 'Cafe\u0301 Hub', region: 'r', description: 'd' } })).rejects.toThrow(/Hub_name_clean/)
  })

  it('gives a second hub whose slug is taken the next free slug', async () => {
    const admin = await createAdmin()
    await db.hub.create({ data: { slug: 'andes', name: 'Andes (old)', region: 'r', description: 'd' } })
    const hub = await createHub(admin.actor, hubInput({ name: 'Andes' }))
    expect(hub.slug).toBe('andes-2')
    const chinese = await createHub(admin.actor, hubInput({ name: '循环经济中心' }))
    expect(chinese.slug).toBe('hub')
  })

  it('refuses everyone but active network admins', async () => {
    for (const kind of actorKinds.filter((k) => k !== 'admin')) {
      const actor = await actorOfKind(kind, network)
      await expectAdminRefusedUnchanged(() => createHub(actor, hubInput({ name: `Hub for ${kind}` })), { code: refusalCode(kind) })
    }
  })
})

describe('updateHub', () => {
  it('renames a hub, keeps its slug, audits the change once', async () => {
    const admin = await createAdmin()
    const updated = await updateHub(admin.actor, { ...hubInput({ name: 'Hub X Renamed' }), slug: network.hubX.slug })
    expect(updated).toMatchObject({ slug: network.hubX.slug, name: 'Hub X Renamed' })
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'hub.update', targetId: network.hubX.id, hubId: network.hubX.id, metadata: { previousName: network.hubX.name, name: 'Hub X Renamed' } },
    ])
    expect(await db.auditLog.count()).toBe(1)
  })

  it('lets a hub keep its own name with different capitals, but not take another hub’s', async () => {
    const admin = await createAdmin()
    await updateHub(admin.actor, { ...hubInput({ name: network.hubX.name.toUpperCase() }), slug: network.hubX.slug })
    await expectAdminRefusedUnchanged(
      () => updateHub(admin.actor, { ...hubInput({ name: network.hubY.name.toLowerCase() }), slug: network.hubX.slug }),
      { code: 'CONFLICT', key: 'nameTaken' },
    )
  })

  it('answers NOT_FOUND for an unknown hub and refuses non-admins', async () => {
    const admin = await createAdmin()
    await expectAdminRefusedUnchanged(() => updateHub(admin.actor, { ...hubInput(), slug: 'no-such-hub' }), { code: 'NOT_FOUND' })
    const manager = await actorOfKind('managerX', network)
    await expectAdminRefusedUnchanged(() => updateHub(manager, { ...hubInput(), slug: network.hubX.slug }), { code: 'FORBIDDEN' })
  })
})

describe('coalitions', () => {
  it('creates a coalition coordinated by a hub and moves the coordination on edit', async () => {
    const admin = await createAdmin()
    const coalition = await createCoalition(admin.actor, {
      name: 'Circular Ports Network',
      kind: 'NETWORK',
      scope: 'Global',
      description: 'Port cities closing material loops.',
      coordinatingHubSlug: network.hubX.slug,
    })
    expect(coalition.slug).toBe('circular-ports-network')
    expect(await db.coalitionHub.findMany({ where: { coalitionId: coalition.id } })).toMatchObject([{ hubId: network.hubX.id, role: 'COORDINATOR' }])
    await updateCoalition(admin.actor, {
      slug: coalition.slug,
      name: 'Circular Ports Network',
      kind: 'NETWORK',
      scope: 'Global',
      description: 'Port cities closing material loops.',
      coordinatingHubSlug: network.hubY.slug,
    })
    const links = await db.coalitionHub.findMany({ where: { coalitionId: coalition.id }, orderBy: { role: 'asc' } })
    expect(links.map((link) => [link.hubId, link.role]).sort()).toEqual([[network.hubX.id, 'PARTNER'], [network.hubY.id, 'COORDINATOR']].sort())
    expect((await db.auditLog.findMany({ orderBy: { id: 'asc' } })).map((entry) => entry.action)).toEqual(['coalition.create', 'coalition.update'])
  })

  it('refuses a duplicate differing only in accents and an unknown coordinating hub', async () => {
    const admin = await createAdmin()
    const base = { kind: 'COALITION', scope: 'Global', description: 'Cities sharing practice.' }
    await createCoalition(admin.actor, { ...base, name: 'Cidades Circulares' })
    await expectAdminRefusedUnchanged(() => createCoalition(admin.actor, { ...base, name: 'CIDADES CIRCULÁRES' }), { code: 'CONFLICT' })
    await expectAdminRefusedUnchanged(() => createCoalition(admin.actor, { ...base, name: 'Other', coordinatingHubSlug: 'nowhere' }), {
      code: 'INVALID',
      fields: { coordinatingHubSlug: ['invalid'] },
    })
    await expectAdminRefusedUnchanged(() => createCoalition(admin.actor, { ...base, name: 'Other', kind: 'CLUB' }), { code: 'INVALID' })
  })
})

describe('topics', () => {
  it('creates a topic under a top-level parent and edits it; one audit row per action', async () => {
    const admin = await createAdmin()
    const parent = await createTopic(admin.actor, { name: 'Built environment', description: 'Buildings and construction.' })
    const child = await createTopic(admin.actor, { name: 'Construction waste', description: 'Rubble and reuse.', parentSlug: parent.slug })
    expect(await db.topic.findUnique({ where: { id: child.id } })).toMatchObject({ parentId: parent.id, slug: 'construction-waste' })
    await updateTopic(admin.actor, { slug: child.slug, name: 'Construction and demolition waste', description: 'Rubble and reuse.', parentSlug: '' })
    expect(await db.topic.findUnique({ where: { id: child.id } })).toMatchObject({ parentId: null, name: 'Construction and demolition waste' })
    expect((await db.auditLog.findMany({ orderBy: { id: 'asc' } })).map((entry) => entry.action)).toEqual(['topic.create', 'topic.create', 'topic.update'])
  })

  it('refuses a duplicate in other capitals, a topic as its own parent, and nesting deeper than one level', async () => {
    const admin = await createAdmin()
    const parent = await createTopic(admin.actor, { name: 'Food systems', description: 'Food and organics.' })
    const child = await createTopic(admin.actor, { name: 'Composting', description: 'Organic waste.', parentSlug: parent.slug })
    await expectAdminRefusedUnchanged(() => createTopic(admin.actor, { name: 'FOOD SYSTEMS', description: 'x' }), { code: 'CONFLICT' })
    await expectAdminRefusedUnchanged(() => updateTopic(admin.actor, { slug: parent.slug, name: 'Food systems', description: 'x', parentSlug: parent.slug }), {
      code: 'INVALID',
      fields: { parentSlug: ['invalid'] },
    })
    await expectAdminRefusedUnchanged(() => createTopic(admin.actor, { name: 'Home composting', description: 'x', parentSlug: child.slug }), {
      code: 'INVALID',
    })
  })
})

describe('cities', () => {
  it('creates a city and allows the same name in another country', async () => {
    const admin = await createAdmin()
    const city = await createCity(admin.actor, cityInput({ name: 'Valencia', countryCode: 'es' }))
    expect(city.slug).toBe('valencia')
    expect(await db.city.findUnique({ where: { id: city.id } })).toMatchObject({ countryCode: 'ES', population: 3490000, latitude: 6.69 })
    const other = await createCity(admin.actor, cityInput({ name: 'Valencia', countryCode: 'VE' }))
    expect(other.slug).toBe('valencia-2')
    expect(await db.auditLog.count()).toBe(2)
  })

  it('refuses a duplicate in the same country that differs in case or accents, and bad coordinates', async () => {
    const admin = await createAdmin()
    await createCity(admin.actor, cityInput({ name: 'Bogotá', countryCode: 'CO' }))
    await expectAdminRefusedUnchanged(() => createCity(admin.actor, cityInput({ name: 'BOGOTA', countryCode: 'CO' })), { code: 'CONFLICT', key: 'nameTaken' })
    await expectAdminRefusedUnchanged(() => createCity(admin.actor, cityInput({ name: 'Medellín', countryCode: 'CO', latitude: '91' })), {
      code: 'INVALID',
      fields: { latitude: ['invalid'] },
    })
    await expectAdminRefusedUnchanged(() => createCity(admin.actor, cityInput({ name: 'Cali', countryCode: 'Colombia' })), {
      code: 'INVALID',
      fields: { countryCode: ['countryCode'] },
    })
  })

  it('edits a city without changing its slug', async () => {
    const admin = await createAdmin()
    const updated = await updateCity(admin.actor, { ...cityInput({ name: 'Accra Metropolis' }), slug: network.cityA.slug })
    expect(updated).toMatchObject({ slug: network.cityA.slug, name: 'Accra Metropolis' })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'city.update', targetId: network.cityA.id }])
  })
})

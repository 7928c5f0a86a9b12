// Look-alike names (UTS #39): a word mixing scripts (`Moсcow` with a Cyrillic с) is refused with a
// field error, and a name whose confusable skeleton another city of the country (or another hub,
// coalition) already has is refused as that name, in the admin forms and in the CSV import. The
// database computes the same skeleton in a trigger and its unique index refuses the second of two
// concurrent inserts, whatever path writes.
import { createRequire } from 'node:module'
import { beforeEach, describe, expect, it } from 'vitest'
import { createCity } from '@/lib/admin/create-city'
import { createCoalition } from '@/lib/admin/create-coalition'
import { createHub } from '@/lib/admin/create-hub'
import { applyImport, previewImport } from '@/lib/admin/import-csv'
import { nameSkeleton } from '@/lib/admin/names'
import { updateCity } from '@/lib/admin/update-city'
import { updateHub } from '@/lib/admin/update-hub'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/errors'
import unhomoglyph from 'unhomoglyph'
import { createAdmin, createNetwork, type TestNetwork } from '../../factories/actors'
import { cityInput, expectAdminRefusedUnchanged } from '../../factories/admin'

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

const hubInput = (name: string) => ({ name, region: 'Europe', description: 'A hub of the network.', contactEmail: '' })
const coalitionInput = (name: string) => ({ name, kind: 'COALITION', scope: 'Global', description: 'A coalition.', coordinatingHubSlug: '' })

const CYRILLIC_ES = '\u0441' // с
const CYRILLIC_DZE = '\u0405' // Ѕ
/** "Coco" in Cyrillic letters: one script, the skeleton of the Latin word. */
const COCO = '\u0421\u043e\u0441\u043e'

describe('mixed-script names', () => {
  it('are refused for cities, hubs and coalitions with a field error, nothing written', async () => {
    const admin = await createAdmin()
    const mixed = `Mo${CYRILLIC_ES}cow`
    await expectAdminRefusedUnchanged(() => createCity(admin.actor, cityInput({ name: mixed, countryCode: 'RU' })), {
      code: 'INVALID',
      fields: { name: ['mixedScript'] },
    })
    await expectAdminRefusedUnchanged(() => createHub(admin.actor, hubInput(`Hub ${mixed}`)), { code: 'INVALID', fields: { name: ['mixedScript'] } })
    await expectAdminRefusedUnchanged(() => createCoalition(admin.actor, coalitionInput(`${mixed} Coalition`)), { code: 'INVALID', fields: { name: ['mixedScript'] } })
    await expectAdminRefusedUnchanged(() => updateCity(admin.actor, { ...cityInput({ name: mixed }), slug: network.cityA.slug }), {
      code: 'INVALID',
      fields: { name: ['mixedScript'] },
    })
  })

  it('leaves names in one script per word alone, whatever the script', async () => {
    const admin = await createAdmin()
    for (const [name, countryCode] of [['Москва', 'RU'], ['東京', 'JP'], ['とうきょう東京', 'JP'], ['서울', 'KR'], ['Αθήνα', 'GR'], ['Saint-Pétersbourg', 'FR'], ["L'Aquila", 'IT'], ['Moscow Москва', 'RU']] as const) {
      await expect(createCity(admin.actor, cityInput({ name, countryCode })), name).resolves.toMatchObject({ name })
    }
  })
})

describe('look-alike names', () => {
  it('refuses a city whose skeleton another city of the same country has, and allows it in another country', async () => {
    const admin = await createAdmin()
    await createCity(admin.actor, cityInput({ name: 'Springfield', countryCode: 'US' }))
    const lookAlike = `${CYRILLIC_DZE}pringfield`
    expect(nameSkeleton(lookAlike)).toBe(nameSkeleton('Springfield'))
    // The Cyrillic Ѕ makes the word mixed; a name all in Cyrillic letters that look Latin is refused
    // as a look-alike.
    await expectAdminRefusedUnchanged(() => createCity(admin.actor, cityInput({ name: lookAlike, countryCode: 'US' })), { code: 'INVALID', fields: { name: ['mixedScript'] } })
    await createCity(admin.actor, cityInput({ name: 'Coco', countryCode: 'US' }))
    await expectAdminRefusedUnchanged(() => createCity(admin.actor, cityInput({ name: COCO, countryCode: 'US' })), {
      code: 'CONFLICT',
      key: 'nameLooksLike',
      values: { name: 'Coco' },
      fields: { name: ['nameLooksLike'] },
    })
    await expect(createCity(admin.actor, cityInput({ name: COCO, countryCode: 'RU' }))).resolves.toMatchObject({ name: COCO })
  })

  it('refuses a look-alike hub or coalition name, and a rename to one', async () => {
    const admin = await createAdmin()
    await createHub(admin.actor, hubInput('Circulars Coco Hub'))
    const other = await createHub(admin.actor, hubInput('Circulars Alps Hub'))
    await createCoalition(admin.actor, coalitionInput('Coco Coalition'))
    await expectAdminRefusedUnchanged(() => createHub(admin.actor, hubInput(`Circulars ${COCO} Hub`)), { code: 'CONFLICT', key: 'nameLooksLike' })
    await expectAdminRefusedUnchanged(() => createCoalition(admin.actor, coalitionInput(`${COCO} Coalition`)), { code: 'CONFLICT', key: 'nameLooksLike' })
    await expectAdminRefusedUnchanged(() => updateHub(admin.actor, { ...hubInput(`Circulars ${COCO} Hub`), slug: other.slug }), { code: 'CONFLICT', key: 'nameLooksLike' })
  })

  it('is refused in the CSV import, against the database and within the file', async () => {
    const admin = await createAdmin()
    await db.city.create({ data: { slug: 'coco-us', name: 'Coco', countryCode: 'US', region: 'North America', latitude: 1, longitude: 1 } })
    const csv = [
      'name,country_code,region,population,latitude,longitude',
      `${COCO},US,North America,,1,1`,
      `Mo${CYRILLIC_ES}cow,RU,Europe,,55.7,37.6`,
      'Oslo,NO,Europe,,59.9,10.7',
      '0slo,NO,Europe,,59.9,10.7',
    ].join('\n')
    const preview = await previewImport(admin.actor, { kind: 'cities', csv })
    expect(preview.errors).toEqual([
      { line: 2, field: 'name', code: 'nameLooksLike', value: 'Coco' },
      { line: 3, field: 'name', code: 'mixedScript', value: `Mo${CYRILLIC_ES}cow` },
      { line: 5, field: 'name', code: 'duplicateInFile', value: '4' },
    ])
    const before = await db.city.count()
    expect(await applyImport(admin.actor, { kind: 'cities', csv })).toMatchObject({ applied: false })
    expect(await db.city.count()).toBe(before)
  })
})

describe('the database', () => {
  it('computes the same skeleton as lib/admin/names.ts, for every character Unicode maps', async () => {
    const sources = Object.keys(createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>)
    expect(sources.length).toBeGreaterThan(6_000)
    // Fifty mapped characters a name, between letters, so the query stays short.
    const chunks = Array.from({ length: Math.ceil(sources.length / 50) }, (_, index) => sources.slice(index * 50, index * 50 + 50).map((source) => `a${source}b`).join(' '))
    const names = [...chunks, 'Springfield', `${CYRILLIC_DZE}pringfield`, 'ΣΑΣ', 'İstanbul', 'Straße', 'ﬁnland', 'Ꮳherokee', '서울']
    const rows = await db.$queryRaw<{ name: string; skeleton: string }[]>`SELECT n AS name, name_skeleton(n) AS skeleton FROM unnest(${names}::text[]) AS n`
    const differing = rows.filter((row) => row.skeleton !== nameSkeleton(row.name)).map((row) => [row.name, row.skeleton, nameSkeleton(row.name)])
    expect(differing).toEqual([])
    expect(unhomoglyph('\u0455')).toBe('s')
  })

  it('sets the skeleton itself and refuses the second of two concurrent look-alike inserts', async () => {
    const insert = (name: string, slug: string) =>
      db.city.create({ data: { slug, name, countryCode: 'PT', region: 'Europe', latitude: 38.7, longitude: -9.1 } })
    const results = await Promise.allSettled([insert('Coco', 'coco-pt-1'), insert(COCO, 'coco-pt-2')])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const failure = results.find((result) => result.status === 'rejected') as PromiseRejectedResult
    expect(isUniqueViolation(failure.reason)).toBe(true)
    const row = await db.city.findFirstOrThrow({ where: { countryCode: 'PT', slug: { startsWith: 'coco-pt' } } })
    // Whatever path writes: Springfield's look-alike is refused by the index even without the form.
    await insert('Springfield', 'springfield-pt')
    await expect(insert(`${CYRILLIC_DZE}pringfield`, 'springfield-pt-2')).rejects.toSatisfy(isUniqueViolation)
    expect(row.nameSkeleton).toBe(nameSkeleton(row.name))
    // Nobody writes the skeleton by hand: the trigger sets it from the name.
    await db.city.update({ where: { id: row.id }, data: { nameSkeleton: 'something else' } })
    expect((await db.city.findUniqueOrThrow({ where: { id: row.id } })).nameSkeleton).toBe(nameSkeleton(row.name))
  })
})

// CSV import: preview reports every problem with its line number; apply writes all rows or none,
// with one audit row.
import { beforeEach, describe, expect, it } from 'vitest'
import { applyImport, previewImport } from '@/lib/admin/import-csv'
import { db } from '@/lib/db'
import { actorOfKind, createAdmin, createNetwork, refusalCode, type TestNetwork } from '../../factories/actors'
import { adminSnapshot, expectAdminRefusedUnchanged } from '../../factories/admin'

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

const citiesCsv = [
  'name,country_code,region,population,latitude,longitude',
  'Kumasi,GH,West Africa,3490000,6.69,-1.62',
  '"São Luís",br,South America,,-2.53,-44.30',
  'Chengdu,CN,East Asia,20940000,30.66,104.06',
].join('\n')

describe('city import', () => {
  it('previews without writing, then applies every row with one audit row', async () => {
    const admin = await createAdmin()
    const before = await adminSnapshot()
    const preview = await previewImport(admin.actor, { kind: 'cities', csv: citiesCsv })
    expect(preview).toMatchObject({ applied: false, errors: [] })
    expect(preview.rows.map((row) => row.line)).toEqual([2, 3, 4])
    expect(await adminSnapshot()).toEqual(before)

    const report = await applyImport(admin.actor, { kind: 'cities', csv: citiesCsv }, { ip: '192.0.2.20' })
    expect(report).toMatchObject({ applied: true, errors: [] })
    expect(await db.city.findUnique({ where: { slug: 'sao-luis' } })).toMatchObject({ name: 'São Luís', countryCode: 'BR', population: null })
    expect(await db.city.findUnique({ where: { slug: 'chengdu' } })).toMatchObject({ population: 20940000 })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'import.cities', actorId: admin.user.id, ip: '192.0.2.20', metadata: { count: 3 } }])
  })

  it('reports broken rows with their line numbers and applies nothing', async () => {
    const admin = await createAdmin()
    await db.city.create({ data: { slug: 'lagos-existing', name: 'Lagos', countryCode: 'NG', region: 'West Africa', latitude: 6.5, longitude: 3.4 } })
    const csv = [
      'name,country_code,region,population,latitude,longitude',
      'Kumasi,GH,West Africa,3490000,6.69,-1.62', // 2: fine
      'Tamale,GH,West Africa,370000,95,-0.84', // 3: latitude out of range
      'KUMASI,gh,West Africa,1,6.69,-1.62', // 4: same as line 2
      'LAGOS,NG,West Africa,15000000,6.5,3.4', // 5: exists already (case)
      'Evil\u202Ecity,GH,West Africa,1,6,0', // 6: bidi override
      'Too,few,cells', // 7: wrong cell count
      '', // blank lines are skipped
      'Ho,Ghana,West Africa,1,6.6,0.47', // 9: bad country code
      'Nowhere,XX,West Africa,1,6.6,0.47', // 10: two letters, but no country
      'Wa,GH,West Africa,about 100000,10.06,-2.5', // 11: not a number
    ].join('\n')
    const before = await adminSnapshot()
    const preview = await previewImport(admin.actor, { kind: 'cities', csv })
    const expected = [
      { line: 3, field: 'latitude', code: 'latitudeInvalid', value: '95' },
      { line: 4, field: 'name', code: 'duplicateInFile', value: '2' },
      { line: 5, field: 'name', code: 'nameTaken', value: 'Lagos' },
      { line: 6, field: 'name', code: 'controlCharacters', value: 'Evil\u202Ecity' },
      { line: 7, code: 'columnCount' },
      { line: 9, field: 'country_code', code: 'countryCodeUnknown', value: 'Ghana' },
      { line: 10, field: 'country_code', code: 'countryCodeUnknown', value: 'XX' },
      { line: 11, field: 'population', code: 'populationInvalid', value: 'about 100000' },
    ]
    expect(preview.errors).toEqual(expected)
    const report = await applyImport(admin.actor, { kind: 'cities', csv })
    expect(report).toMatchObject({ applied: false, errors: expected })
    expect(await adminSnapshot()).toEqual(before)
  })

  it('makes each city a member of the hub named in the optional hub column', async () => {
    const admin = await createAdmin()
    const csv = [
      'name,country_code,region,population,latitude,longitude,hub',
      `Kumasi,GH,West Africa,3490000,6.69,-1.62,${network.hubX.slug}`,
      'Tamale,GH,West Africa,370000,9.4,-0.84,',
    ].join('\n')
    expect(await applyImport(admin.actor, { kind: 'cities', csv })).toMatchObject({ applied: true, errors: [] })
    const kumasi = await db.city.findUniqueOrThrow({ where: { slug: 'kumasi' }, select: { hubMemberships: { select: { hubId: true, leftAt: true } } } })
    expect(kumasi.hubMemberships).toEqual([{ hubId: network.hubX.id, leftAt: null }])
    const tamale = await db.city.findUniqueOrThrow({ where: { slug: 'tamale' }, select: { hubMemberships: true } })
    expect(tamale.hubMemberships).toEqual([])

    const before = await adminSnapshot()
    const unknown = 'name,country_code,region,population,latitude,longitude,hub\nHo,GH,West Africa,1,6.6,0.47,atlantis'
    const report = await applyImport(admin.actor, { kind: 'cities', csv: unknown })
    expect(report).toMatchObject({ applied: false, errors: [{ line: 2, field: 'hub', code: 'unknownHub', value: 'atlantis' }] })
    expect(await adminSnapshot()).toEqual(before)
  })

  it('reports a malformed file, a wrong header and an empty file', async () => {
    const admin = await createAdmin()
    const unclosed = 'name,country_code,region,population,latitude,longitude\nKumasi,GH,West Africa,1,6,0\n"Broken,GH,West Africa,1,6,0\n'
    expect((await applyImport(admin.actor, { kind: 'cities', csv: unclosed })).errors).toEqual([{ line: expect.any(Number), code: 'malformed' }])
    expect(await db.city.count({ where: { name: 'Kumasi' } })).toBe(0)
    const header = 'name,country,region,population,latitude,longitude\nKumasi,GH,West Africa,1,6,0'
    expect((await previewImport(admin.actor, { kind: 'cities', csv: header })).errors).toEqual([
      { line: 1, field: 'country_code', code: 'missingColumn' },
      { line: 1, field: 'country', code: 'unknownColumn' },
    ])
    expect((await previewImport(admin.actor, { kind: 'cities', csv: 'name,country_code,region,population,latitude,longitude\n' })).errors).toEqual([
      { line: 1, code: 'empty' },
    ])
    await expectAdminRefusedUnchanged(() => applyImport(admin.actor, { kind: 'cities', csv: '' }), { code: 'INVALID' })
    await expectAdminRefusedUnchanged(() => applyImport(admin.actor, { kind: 'towns', csv: citiesCsv }), { code: 'INVALID' })
  })

  it('refuses non-admins', async () => {
    for (const kind of ['anonymous', 'managerX', 'focalPointA'] as const) {
      const actor = await actorOfKind(kind, network)
      await expectAdminRefusedUnchanged(() => applyImport(actor, { kind: 'cities', csv: citiesCsv }), { code: refusalCode(kind) })
      await expect(previewImport(actor, { kind: 'cities', csv: citiesCsv })).rejects.toMatchObject({ code: refusalCode(kind) })
    }
  })
})

describe('official import', () => {
  it('creates active officials of existing cities, without passwords', async () => {
    const admin = await createAdmin()
    const csv = [
      'name,email,job_title,city,role',
      `Abena Owusu,Abena.Owusu@Example.org,Waste officer,${network.cityA.slug},focal_point`,
      `Kwame Boateng,kwame.boateng@example.org,,${network.cityA.slug},`,
    ].join('\r\n')
    const report = await applyImport(admin.actor, { kind: 'officials', csv })
    expect(report).toMatchObject({ applied: true })
    const abena = await db.user.findUnique({ where: { email: 'abena.owusu@example.org' }, select: { id: true, passwordHash: true, jobTitle: true, cityMemberships: true } })
    expect(abena).toMatchObject({ passwordHash: null, jobTitle: 'Waste officer', cityMemberships: [{ cityId: network.cityA.id, role: 'FOCAL_POINT', status: 'ACTIVE', decidedById: admin.user.id }] })
    const kwame = await db.user.findUnique({ where: { email: 'kwame.boateng@example.org' }, select: { cityMemberships: true } })
    expect(kwame?.cityMemberships).toMatchObject([{ role: 'OFFICIAL', status: 'ACTIVE' }])
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'import.officials', metadata: { count: 2 } }])
  })

  it('reports unknown cities, taken and repeated addresses, bad roles, and applies nothing', async () => {
    const admin = await createAdmin()
    const existing = await actorOfKind('officialA', network)
    const csv = [
      'name,email,job_title,city,role',
      `Ama Mensah,ama.mensah@example.org,Analyst,${network.cityA.slug},OFFICIAL`, // 2: fine
      'Yaw Darko,yaw.darko@example.org,Analyst,atlantis,OFFICIAL', // 3: unknown city
      `Someone,${existing!.email},Analyst,${network.cityA.slug},OFFICIAL`, // 4: address taken
      `Ama Again,AMA.MENSAH@example.org,Analyst,${network.cityA.slug},OFFICIAL`, // 5: repeated
      `Esi,not-an-address,Analyst,${network.cityA.slug},OFFICIAL`, // 6: bad e-mail
      `Kojo,kojo@example.org,Analyst,${network.cityA.slug},MAYOR`, // 7: bad role
    ].join('\n')
    const before = await adminSnapshot()
    const report = await applyImport(admin.actor, { kind: 'officials', csv })
    expect(report.applied).toBe(false)
    expect(report.errors).toEqual([
      { line: 3, field: 'city', code: 'unknownCity', value: 'atlantis' },
      { line: 4, field: 'email', code: 'emailTaken', value: existing!.email },
      { line: 5, field: 'email', code: 'duplicateInFile', value: '2' },
      { line: 6, field: 'email', code: 'email', value: 'not-an-address' },
      { line: 7, field: 'role', code: 'roleInvalid', value: 'MAYOR' },
    ])
    expect(await adminSnapshot()).toEqual(before)
  })
})

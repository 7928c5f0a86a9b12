// The database itself refuses what must never happen, whatever code path tries it.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { createCaseStudy, createCity, createCoalition, createHub, createUser } from '../factories'

const CHECK_VIOLATION = /violates check constraint|check constraint/i

describe('database constraints', () => {
  it('keeps one open join request per city and hub', async () => {
    const hub = await createHub()
    const city = await createCity()
    await db.joinRequest.create({ data: { cityId: city.id, target: 'HUB', hubId: hub.id, motivation: 'We want to learn.' } })
    await expect(
      db.joinRequest.create({ data: { cityId: city.id, target: 'HUB', hubId: hub.id, motivation: 'Again.' } }),
    ).rejects.toMatchObject({ code: 'P2002' })
    // After a decision, a new request is allowed: history is kept.
    await db.joinRequest.updateMany({ where: { cityId: city.id }, data: { status: 'DECLINED', decidedAt: new Date() } })
    await db.joinRequest.create({ data: { cityId: city.id, target: 'HUB', hubId: hub.id, motivation: 'Once more.' } })
    expect(await db.joinRequest.count()).toBe(2)
  })

  it('requires a join request target that matches its kind', async () => {
    const city = await createCity()
    const coalition = await createCoalition()
    await expect(
      db.joinRequest.create({ data: { cityId: city.id, target: 'HUB', coalitionId: coalition.id, motivation: 'x' } }),
    ).rejects.toThrow(CHECK_VIOLATION)
    expect(await db.joinRequest.count()).toBe(0)
  })

  it('allows one current hub membership per city, keeping earlier ones as history', async () => {
    const hub = await createHub()
    const city = await createCity({}, { hubIds: [hub.id] })
    await expect(db.cityHubMembership.create({ data: { cityId: city.id, hubId: hub.id } })).rejects.toMatchObject({
      code: 'P2002',
    })
    await db.cityHubMembership.updateMany({ where: { cityId: city.id }, data: { leftAt: new Date() } })
    await db.cityHubMembership.create({ data: { cityId: city.id, hubId: hub.id } })
    expect(await db.cityHubMembership.count({ where: { cityId: city.id } })).toBe(2)
  })

  it('refuses negative metric values and a currency on a non-cost metric', async () => {
    const city = await createCity()
    const caseStudy = await createCaseStudy(city.id)
    await expect(
      db.impactMetric.create({ data: { caseStudyId: caseStudy.id, type: 'JOBS_CREATED', value: -5 } }),
    ).rejects.toThrow(CHECK_VIOLATION)
    await expect(
      db.impactMetric.create({ data: { caseStudyId: caseStudy.id, type: 'JOBS_CREATED', value: 5, currency: 'USD' } }),
    ).rejects.toThrow(CHECK_VIOLATION)
    await expect(
      db.impactMetric.create({ data: { caseStudyId: caseStudy.id, type: 'COST_SAVED_PER_YEAR', value: 5 } }),
    ).rejects.toThrow(CHECK_VIOLATION)
    await db.impactMetric.create({
      data: { caseStudyId: caseStudy.id, type: 'COST_SAVED_PER_YEAR', value: 5, currency: 'USD' },
    })
    expect(await db.impactMetric.count()).toBe(1)
  })

  it('refuses out-of-range coordinates, malformed slugs and un-normalised e-mails', async () => {
    await expect(createCity({ latitude: 91 })).rejects.toThrow(CHECK_VIOLATION)
    await expect(createCity({ slug: 'Bad Slug' })).rejects.toThrow(CHECK_VIOLATION)
    await expect(createUser({ email: 'Someone@Example.org' })).rejects.toThrow(CHECK_VIOLATION)
    expect(await db.city.count()).toBe(0)
    expect(await db.user.count()).toBe(0)
  })

  it('lets an official be in at most one city team at a time', async () => {
    const user = await createUser()
    const a = await createCity()
    const b = await createCity()
    await db.cityOfficial.create({ data: { userId: user.id, cityId: a.id, status: 'ACTIVE' } })
    await expect(db.cityOfficial.create({ data: { userId: user.id, cityId: b.id } })).rejects.toMatchObject({
      code: 'P2002',
    })
  })

  it('maintains the weighted full-text search vector of case studies', async () => {
    const city = await createCity()
    const caseStudy = await createCaseStudy(city.id, {
      title: 'Composting markets',
      summary: 'Organic waste from markets',
      body: 'Procurement of compost for parks',
    })
    const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
      SELECT id, ts_rank("searchVector", websearch_to_tsquery('english', 'compost')) AS rank
        FROM "CaseStudy" WHERE "searchVector" @@ websearch_to_tsquery('english', 'compost')`
    expect(rows.map((row) => row.id)).toEqual([caseStudy.id])
    const hostile = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM "CaseStudy" WHERE "searchVector" @@ websearch_to_tsquery('english', ${"'); DROP TABLE x; -- \"or"})`
    expect(Number(hostile[0]?.count)).toBe(0)
  })
})

// A publish or an unpublish empties the caches of public pages and library data: in this process
// after the commit (listeners + generation), on other instances through a PostgreSQL NOTIFY that
// is delivered only when the transaction commits. A refused decision tells nobody.
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { onPublicContentChange, PUBLIC_CONTENT_CHANNEL, publicContentGeneration } from '@/lib/cache/public-content'
import { publishCaseStudy, unpublishCaseStudy } from '@/lib/case-studies'
import { createCache } from '@/lib/library/cache'
import { updateHub } from '@/lib/admin/update-hub'
import { createAdmin, createHubManager } from '../../factories/actors'
import { createCaseStudyInState, createCaseStudyNetwork, type CaseStudyNetwork } from '../../factories/case-studies'

let network: CaseStudyNetwork
let heard: number
let stopListening: () => void
beforeEach(async () => {
  network = await createCaseStudyNetwork()
  heard = 0
  const off = onPublicContentChange(() => heard++)
  stopListening = () => void off()
})
afterEach(() => stopListening())

/** A second connection LISTENing, as another instance's server does. */
async function listenForNotifications() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  const received: string[] = []
  client.on('notification', (message) => received.push(message.channel))
  await client.query(`LISTEN ${PUBLIC_CONTENT_CHANNEL}`)
  return {
    received,
    /** Lets notifications in flight arrive, then closes. */
    async close() {
      await client.query('SELECT 1')
      await new Promise((resolve) => setTimeout(resolve, 100))
      await client.end()
    },
  }
}

// The embedded database serves every connection from one session; LISTEN is checked on PostgreSQL.
const onPostgres = !!process.env.TEST_DATABASE_SERVER

describe('public content changes', () => {
  it('a publish tells this process after the commit and bumps the generation', async () => {
    const manager = await createHubManager(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'SUBMITTED')
    const before = publicContentGeneration()
    await publishCaseStudy(manager.actor, { caseStudyId: caseStudy.id })
    expect(heard).toBe(1)
    expect(publicContentGeneration()).toBe(before + 1)
  })

  it('an unpublish tells this process too; a refused decision tells nobody', async () => {
    const manager = await createHubManager(network.hubX.id)
    const published = await createCaseStudyInState(network, 'PUBLISHED')
    const draft = await createCaseStudyInState(network, 'DRAFT')
    await expect(publishCaseStudy(manager.actor, { caseStudyId: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(publishCaseStudy(network.author.actor, { caseStudyId: published.id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(heard).toBe(0)
    await unpublishCaseStudy(manager.actor, { caseStudyId: published.id, reason: 'The figures are out of date.' })
    expect(heard).toBe(1)
  })

  it.runIf(onPostgres)('other instances hear a NOTIFY for a committed publish and unpublish, none for a refused one', async () => {
    const manager = await createHubManager(network.hubX.id)
    const submitted = await createCaseStudyInState(network, 'SUBMITTED')
    const draft = await createCaseStudyInState(network, 'DRAFT')
    const listener = await listenForNotifications()
    await expect(publishCaseStudy(manager.actor, { caseStudyId: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' })
    await publishCaseStudy(manager.actor, { caseStudyId: submitted.id })
    await unpublishCaseStudy(manager.actor, { caseStudyId: submitted.id, reason: 'Withdrawn by the city for corrections.' })
    await listener.close()
    expect(listener.received).toEqual([PUBLIC_CONTENT_CHANNEL, PUBLIC_CONTENT_CHANNEL])
  })

  it('the library data cache forgets what it holds when public content changes', async () => {
    const manager = await createHubManager(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'SUBMITTED')
    const cache = createCache<number>('test', { ttlMs: 60_000 })
    let computed = 0
    const compute = async () => ++computed
    expect(await cache.get('key', compute)).toBe(1)
    expect(await cache.get('key', compute)).toBe(1)
    await publishCaseStudy(manager.actor, { caseStudyId: caseStudy.id })
    expect(await cache.get('key', compute)).toBe(2)
  })

  it('an admin renaming a hub tells this process too (hub names are on public pages)', async () => {
    const admin = await createAdmin()
    await updateHub(admin.actor, { slug: network.hubX.slug, name: 'Renamed Circular Hub', region: 'Africa', description: 'A hub.', contactEmail: '' })
    expect(heard).toBe(1)
  })
})

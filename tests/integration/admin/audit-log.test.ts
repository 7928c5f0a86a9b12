// The audit log as admins and managers read and export it: scope, filters, paging, CSV content.
import { beforeEach, describe, expect, it } from 'vitest'
import { parse } from 'csv-parse/sync'
import { auditCsv, auditCsvColumns } from '@/lib/admin/audit-csv'
import { AUDIT_PAGE_SIZE, exportAuditLog, listAuditHubs, listAuditLog } from '@/lib/admin/list-audit-log'
import { createHub } from '@/lib/admin/create-hub'
import { authorizeWithPassword } from '@/lib/auth/options'
import { hashPassword } from '@/lib/auth/password'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { appointHubRole } from '@/lib/membership'
import { actorOfKind, createAdmin, createHubManager, createNetwork, createUnattachedUser, type TestNetwork } from '../../factories/actors'

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

async function seedEntries(adminId: string) {
  const at = (iso: string) => new Date(iso)
  await db.auditLog.createMany({
    data: [
      { actorId: adminId, action: 'hubRole.appoint', hubId: network.hubX.id, targetType: 'User', targetId: 'u1', createdAt: at('2026-03-01T10:00:00Z') },
      { actorId: adminId, action: 'joinRequest.decide', hubId: network.hubY.id, reason: 'Not a fit', createdAt: at('2026-03-02T10:00:00Z') },
      { actorId: adminId, action: 'hub.update', hubId: network.hubX.id, createdAt: at('2026-03-03T23:59:00Z') },
      { actorId: null, action: 'auth.signInFailed', ip: '192.0.2.1', createdAt: at('2026-03-04T08:00:00Z') },
      { actorId: adminId, action: 'topic.create', metadata: { name: '=HYPERLINK("http://evil.example")' }, createdAt: at('2026-03-05T08:00:00Z') },
    ],
  })
}

describe('listAuditLog', () => {
  it('shows admins every entry, newest first, with actor and hub', async () => {
    const admin = await createAdmin({ name: 'Ada Admin' })
    await seedEntries(admin.user.id)
    const { entries, total } = await listAuditLog(admin.actor, {})
    expect(total).toBe(5)
    expect(entries.map((e) => e.action)).toEqual(['topic.create', 'auth.signInFailed', 'hub.update', 'joinRequest.decide', 'hubRole.appoint'])
    expect(entries[2]).toMatchObject({ actor: { name: 'Ada Admin' }, hub: { slug: network.hubX.slug } })
  })

  it('shows a manager only the entries of the hubs they manage, and refuses them other hubs', async () => {
    const admin = await createAdmin()
    await seedEntries(admin.user.id)
    const manager = await createHubManager(network.hubX.id)
    const { entries } = await listAuditLog(manager.actor, {})
    expect(entries.map((e) => e.action)).toEqual(['hub.update', 'hubRole.appoint'])
    await expect(listAuditLog(manager.actor, { hub: network.hubY.slug })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await exportAuditLog(manager.actor, {})).map((e) => e.action)).toEqual(['hub.update', 'hubRole.appoint'])
    expect((await listAuditHubs(manager.actor)).map((hub) => hub.slug)).toEqual([network.hubX.slug])
  })

  it('refuses officers, officials, suspended managers and anonymous visitors', async () => {
    for (const kind of ['anonymous', 'officerX', 'officialA', 'focalPointA', 'unattached', 'suspendedManagerX', 'suspendedAdmin'] as const) {
      const actor = await actorOfKind(kind, network)
      await expect(listAuditLog(actor, {}), kind).rejects.toMatchObject({ code: kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' })
      await expect(exportAuditLog(actor, {}), kind).rejects.toMatchObject({ code: kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' })
    }
  })

  it('filters by action (exact or prefix), actor, hub and an inclusive date range', async () => {
    const admin = await createAdmin({ name: 'Ada Admin', email: 'ada.audit@example.org' })
    await seedEntries(admin.user.id)
    const actions = async (filter: Record<string, string>) => (await listAuditLog(admin.actor, filter)).entries.map((e) => e.action)
    expect(await actions({ action: 'hub.update' })).toEqual(['hub.update'])
    expect(await actions({ action: 'hub' })).toEqual([])
    expect(await actions({ action: 'auth.' })).toEqual(['auth.signInFailed'])
    expect(await actions({ actor: 'ADA.AUDIT' })).toHaveLength(4)
    expect(await actions({ actor: 'ada admin' })).toHaveLength(4)
    expect(await actions({ hub: network.hubY.slug })).toEqual(['joinRequest.decide'])
    expect(await actions({ from: '2026-03-02', to: '2026-03-03' })).toEqual(['hub.update', 'joinRequest.decide'])
    // Malformed parameters are ignored rather than failing the page.
    expect(await actions({ from: 'yesterday', action: 'DROP TABLE;' })).toHaveLength(5)
    await expect(listAuditLog(admin.actor, { hub: 'no-such-hub' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('pages through the entries', async () => {
    const admin = await createAdmin()
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({ actorId: admin.user.id, action: 'test.entry', targetId: String(i), createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
    })
    const first = await listAuditLog(admin.actor, { page: '1' })
    const second = await listAuditLog(admin.actor, { page: '2' })
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 3, pageCount: 2 })
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE)
    expect(second.entries.map((e) => e.targetId)).toEqual(['2', '1', '0'])
  })
})

describe('what is recorded', () => {
  it('records admin actions and sign-ins with IP, never passwords', async () => {
    const admin = await createAdmin()
    const person = await createUnattachedUser({ email: 'efua.audit@example.org', passwordHash: await hashPassword('efua secret passphrase') })
    await createHub(admin.actor, { name: 'Audit Hub', region: 'Test', description: 'A hub.' }, { ip: '198.51.100.4' })
    await appointHubRole(admin.actor, { email: person.user.email, hubSlug: network.hubX.slug, role: 'OFFICER' })
    await authorizeWithPassword({ email: 'efua.audit@example.org', password: 'efua secret passphrase' }, '198.51.100.5')
    await authorizeWithPassword({ email: 'efua.audit@example.org', password: 'not her passphrase' }, '198.51.100.6')
    await authorizeWithPassword({ email: 'nobody.here@example.org', password: 'whatever passphrase' }, '198.51.100.7')
    expect(await db.user.count({ where: { email: 'nobody.here@example.org' } })).toBe(0)
    const entries = await exportAuditLog(admin.actor, {})
    expect(entries.map((e) => [e.action, e.ip])).toEqual([
      ['auth.signInFailed', '198.51.100.7'],
      ['auth.signInFailed', '198.51.100.6'],
      ['auth.signIn', '198.51.100.5'],
      ['hubRole.appoint', null],
      ['hub.create', '198.51.100.4'],
    ])
    const csv = auditCsv(entries)
    expect(csv).not.toMatch(/passphrase/)
  })
})

describe('auditCsv', () => {
  it('writes a header and one line per entry, formula cells neutralised', async () => {
    const admin = await createAdmin({ name: 'Ada Admin', email: 'ada.csv@example.org' })
    await seedEntries(admin.user.id)
    const csv = auditCsv(await exportAuditLog(admin.actor, { from: '2026-03-02' }))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parse(csv.slice(1)) as string[][]
    expect(rows[0]).toEqual([...auditCsvColumns])
    expect(rows).toHaveLength(5)
    expect(rows[1]).toEqual(['2026-03-05T08:00:00.000Z', 'topic.create', 'Ada Admin', 'ada.csv@example.org', '', '', '', '', '', '{"name":"=HYPERLINK(\\"http://evil.example\\")"}'])
    expect(rows[2]).toMatchObject({ 1: 'auth.signInFailed', 2: '', 8: '192.0.2.1' })
    expect(rows[4]).toMatchObject({ 1: 'joinRequest.decide', 6: network.hubY.slug, 7: 'Not a fit' })
    const formula = auditCsv([{ id: 1n, action: '=cmd', targetType: null, targetId: '+1', reason: '@SUM(A1)', ip: null, metadata: null, createdAt: new Date(0), actor: { name: '-Evil', email: 'e@example.org' }, hub: null }])
    expect(parse(formula.slice(1))[1]).toEqual(['1970-01-01T00:00:00.000Z', "'=cmd", "'-Evil", 'e@example.org', '', "'+1", '', "'@SUM(A1)", '', ''])
  })
})

describe('writeAudit', () => {
  it('drops metadata keys that could hold secrets or message bodies, and has no IP outside a request', async () => {
    const admin = await createAdmin()
    await db.$transaction((tx) =>
      writeAudit(tx, {
        actorId: admin.user.id,
        action: 'test.scrub',
        metadata: { kept: 'yes', password: 'hunter22', nested: { resetToken: 'abc', body: 'Hello there', note: 'fine' }, list: [{ passwordHash: 'x', id: 1 }] },
      }),
    )
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'test.scrub' } })
    expect(entry.metadata).toEqual({ kept: 'yes', nested: { note: 'fine' }, list: [{ id: 1 }] })
    expect(entry.ip).toBeNull()
  })
})

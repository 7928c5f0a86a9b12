// Footer pages: admins write them per language (sanitised, bounded, audited), readers get their
// language or English with a note, and nobody else may write them.
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getSitePage, listSitePages, saveSitePage } from '@/lib/site-pages/site-pages'
import { actorOfKind, createAdmin, createNetwork, type TestNetwork } from '../../factories/actors'

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

describe('footer pages', () => {
  it('shows the built-in English default on an install without texts, and English with a note in other languages', async () => {
    const english = await getSitePage('accessibility', 'en')
    expect(english).toMatchObject({ language: 'en', isFallback: false, title: 'Accessibility statement', updatedAt: null })
    expect(english.html).toContain('<h2>Conformance</h2>')
    expect(await getSitePage('accessibility', 'ar')).toMatchObject({ language: 'en', isFallback: true, title: 'Accessibility statement' })
  })

  it('lets an admin write a language of its own, rendered and sanitised, with an audit row', async () => {
    const admin = await createAdmin({ name: 'Ada Admin' })
    await saveSitePage(admin.actor, { page: 'privacy', language: 'es', title: 'Privacidad', body: '## Datos\r\n\nNada <script>alert(1)</script> [x](javascript:alert(1))' })
    const spanish = await getSitePage('privacy', 'es')
    expect(spanish).toMatchObject({ language: 'es', isFallback: false, title: 'Privacidad' })
    expect(spanish.html).toContain('<h2>Datos</h2>')
    expect(spanish.html).not.toContain('<script')
    expect(spanish.html).not.toContain('javascript:')
    // Other languages are untouched: French still falls back to English.
    expect(await getSitePage('privacy', 'fr')).toMatchObject({ language: 'en', isFallback: true })
    const audit = await db.auditLog.findMany({ where: { action: 'sitePage.update' } })
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.user.id, targetType: 'SitePage', targetId: 'privacy/es', metadata: expect.objectContaining({ page: 'privacy', language: 'es', created: true }) })])
    const overview = await listSitePages(admin.actor)
    expect(Object.keys(overview.find((row) => row.page === 'privacy')!.languages)).toEqual(['es'])
  })

  it('refuses bad input with field errors and writes nothing', async () => {
    const admin = await createAdmin()
    const cases = [
      [{ page: 'privacy', language: 'es', title: '', body: 'x' }, 'title'],
      [{ page: 'privacy', language: 'es', title: 'x', body: '   ' }, 'body'],
      [{ page: 'privacy', language: 'es', title: 'x', body: 'a'.repeat(20_001) }, 'body'],
      [{ page: 'privacy', language: 'de', title: 'x', body: 'x' }, 'language'],
      [{ page: 'cookies', language: 'es', title: 'x', body: 'x' }, 'page'],
    ] as const
    for (const [input, field] of cases) {
      await expect(saveSitePage(admin.actor, input), field).rejects.toMatchObject({ code: 'INVALID', fields: { [field]: expect.any(Array) } })
    }
    await expect(saveSitePage(admin.actor, { page: 'privacy', language: 'es', title: 'x', body: 'x', extra: 1 })).rejects.toMatchObject({ code: 'INVALID' })
    expect(await db.sitePage.count()).toBe(0)
    expect(await db.auditLog.count({ where: { action: 'sitePage.update' } })).toBe(0)
  })

  it('refuses everyone but network admins', async () => {
    for (const kind of ['anonymous', 'officialA', 'focalPointA', 'officerX', 'managerX', 'suspendedAdmin'] as const) {
      const actor = await actorOfKind(kind, network)
      await expect(saveSitePage(actor, { page: 'terms', language: 'en', title: 'x', body: 'x' }), kind).rejects.toMatchObject({
        code: kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      })
    }
    expect(await db.sitePage.count()).toBe(0)
  })
})

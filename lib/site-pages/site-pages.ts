// The footer pages (privacy, terms, accessibility, contact), one per UI language, written by
// network admins.
//
// Decisions:
// - A language without its own text shows the English one, saying so (`isFallback`); an install
//   whose database has no English text yet shows the built-in default (lib/site-pages/defaults.ts),
//   so the footer never links to a 404.
// - The Markdown is rendered once, when saved, through the bounded renderer and stored beside it
//   (lib/markdown/render-for-storage.ts); a stale render is redone on read.
// - Every save writes its audit row in the same transaction.
import 'server-only'
import { cache } from 'react'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { defaultLocale, type Locale } from '@/lib/i18n/config'
import { CASE_STUDY_HEADING_BASE, currentStoredHtml, renderForStorage } from '@/lib/markdown/render-for-storage'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { SaveSitePageSchema, sitePageKindOf, sitePageSlugs, type SitePageSlug } from '@/lib/validation/site-pages'
import { defaultSitePages } from './defaults'

export type SitePageView = {
  page: SitePageSlug
  /** The language of the text shown (English when the asked one has none). */
  language: Locale
  isFallback: boolean
  title: string
  html: string
  updatedAt: Date | null
}

const select = { language: true, title: true, body: true, bodyHtml: true, bodyHtmlKey: true, updatedAt: true } as const

function htmlOf(row: { body: string; bodyHtml: string | null; bodyHtmlKey: string | null }): string {
  return currentStoredHtml(row, CASE_STUDY_HEADING_BASE) ?? renderForStorage(row.body, CASE_STUDY_HEADING_BASE).bodyHtml
}

// The built-in defaults never change: rendered once per process, not per request.
const defaultHtml = new Map<SitePageSlug, string>()
function defaultHtmlOf(page: SitePageSlug): string {
  let html = defaultHtml.get(page)
  if (html === undefined) defaultHtml.set(page, (html = renderForStorage(defaultSitePages[page].body, CASE_STUDY_HEADING_BASE).bodyHtml))
  return html
}

/**
 * The page as readers of `locale` see it: their language's text, else English with a note.
 * Cached per request: the page's metadata and its body ask for the same row.
 */
export const getSitePage = cache(async (page: SitePageSlug, locale: Locale): Promise<SitePageView> => {
  const kind = sitePageKindOf[page]
  const rows = await db.sitePage.findMany({ where: { kind, language: { in: [locale, defaultLocale] } }, select })
  const row = rows.find((r) => r.language === locale) ?? rows.find((r) => r.language === defaultLocale)
  if (!row) {
    const fallback = defaultSitePages[page]
    return {
      page,
      language: defaultLocale,
      isFallback: locale !== defaultLocale,
      title: fallback.title,
      html: defaultHtmlOf(page),
      updatedAt: null,
    }
  }
  return { page, language: row.language as Locale, isFallback: row.language !== locale, title: row.title, html: htmlOf(row), updatedAt: row.updatedAt }
})

/** The text an admin edits: this language's own, else null (the form starts from English). */
export async function getSitePageSource(held: Actor | null, page: SitePageSlug, language: Locale) {
  const actor = await requireCurrentActor(held)
  requirePermission(actor, 'sitePage.edit')
  const kind = sitePageKindOf[page]
  const rows = await db.sitePage.findMany({
    where: { kind, language: { in: [language, defaultLocale] } },
    select: { language: true, title: true, body: true },
  })
  const own = rows.find((r) => r.language === language) ?? null
  const english = rows.find((r) => r.language === defaultLocale) ?? { ...defaultSitePages[page], language: defaultLocale }
  return { own, english: { title: english.title, body: english.body } }
}

/** Which languages of each page have their own text, for the admin's overview. */
export async function listSitePages(held: Actor | null) {
  const actor = await requireCurrentActor(held)
  requirePermission(actor, 'sitePage.edit')
  const rows = await db.sitePage.findMany({ select: { kind: true, language: true, updatedAt: true } })
  return sitePageSlugs.map((page) => ({
    page,
    languages: Object.fromEntries(
      rows.filter((row) => row.kind === sitePageKindOf[page]).map((row) => [row.language, row.updatedAt]),
    ) as Partial<Record<Locale, Date>>,
  }))
}

/** A network admin writes one page in one language. Bad input: INVALID, nothing written. */
export async function saveSitePage(held: Actor | null, rawInput: unknown, meta: { ip?: string | null } = {}) {
  const actor = await requireCurrentActor(held)
  requirePermission(actor, 'sitePage.edit')
  const input = parseInput(SaveSitePageSchema, rawInput)
  const kind = sitePageKindOf[input.page]
  const render = renderForStorage(input.body, CASE_STUDY_HEADING_BASE)
  return db.$transaction(async (tx) => {
    const previous = await tx.sitePage.findUnique({ where: { kind_language: { kind, language: input.language } }, select: { title: true, body: true } })
    const data = { title: input.title, body: input.body, ...render, updatedById: actor.id }
    const saved = await tx.sitePage.upsert({
      where: { kind_language: { kind, language: input.language } },
      create: { kind, language: input.language, ...data },
      update: data,
      select: { title: true, language: true },
    })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'sitePage.update',
      targetType: 'SitePage',
      targetId: `${input.page}/${input.language}`,
      ip: meta.ip,
      metadata: {
        page: input.page,
        language: input.language,
        created: !previous,
        changed: previous ? [previous.title !== input.title && 'title', previous.body !== input.body && 'body'].filter(Boolean) : ['title', 'body'],
      },
    })
    return { page: input.page, language: saved.language, title: saved.title }
  })
}

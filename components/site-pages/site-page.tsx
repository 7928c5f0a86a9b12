// A footer page (privacy, terms, accessibility, contact) in the language of its URL; when that
// language has no text of its own, the English text with a note (and lang="en" on it).
import type { Metadata } from 'next'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { MarkdownBody } from '@/components/library/markdown-body'
import { PageHeader } from '@/components/ui/page-header'
import { pageAlternates } from '@/lib/i18n/alternates'
import { localeNames, type Locale } from '@/lib/i18n/config'
import { getSitePage } from '@/lib/site-pages/site-pages'
import type { SitePageSlug } from '@/lib/validation/site-pages'

export async function sitePageMetadata(page: SitePageSlug): Promise<Metadata> {
  const view = await getSitePage(page, (await getLocale()) as Locale)
  return { title: view.title, alternates: await pageAlternates(`/${page}`) }
}

export async function SitePageScreen({ page }: { page: SitePageSlug }) {
  const locale = (await getLocale()) as Locale
  const [view, t, format] = await Promise.all([getSitePage(page, locale), getTranslations('SitePages'), getFormatter()])
  return (
    <article>
      {view.isFallback ? (
        <p className="mb-6 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-slate-800">{t('fallbackNote', { language: localeNames[locale] })}</p>
      ) : null}
      <div lang={view.isFallback ? view.language : undefined}>
        <PageHeader title={view.title} />
        <MarkdownBody html={view.html} lang={view.language} />
      </div>
      {view.updatedAt ? (
        <p className="mt-8 text-sm text-slate-700">{t('updated', { date: format.dateTime(view.updatedAt, { dateStyle: 'long', timeZone: 'UTC' }) })}</p>
      ) : null}
    </article>
  )
}

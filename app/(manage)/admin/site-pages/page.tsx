// /admin/site-pages — the footer pages in each UI language: which have their own text, which
// show the English one; each links to its editor.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { localeNames, locales } from '@/lib/i18n/config'
import { listSitePages } from '@/lib/site-pages/site-pages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminSitePages')
  return { title: t('title'), robots: { index: false } }
}

export default async function AdminSitePagesPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/admin/site-pages')
  if (!can(user, 'sitePage.edit')) notFound()
  const [pages, t, names] = await Promise.all([listSitePages(user), getTranslations('AdminSitePages'), getTranslations('SitePages')])
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="overflow-x-auto" role="region" aria-labelledby="site-pages-caption" tabIndex={0}>
        <table className="min-w-full border-collapse text-start">
          <caption id="site-pages-caption" className="sr-only">{t('title')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2 text-start">{t('page')}</th>
              {locales.map((language) => (
                <th key={language} scope="col" className="p-2 text-start" lang={language}>{localeNames[language]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pages.map(({ page, languages }) => (
              <tr key={page} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-start font-semibold">{names(`names.${page}`)}</th>
                {locales.map((language) => (
                  <td key={language} className="p-2">
                    <Link href={`/admin/site-pages/${page}/${language}`} aria-label={t('editLabel', { page: names(`names.${page}`), language: localeNames[language] })}>
                      {languages[language] ? t('ownText') : t('showsEnglish')}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

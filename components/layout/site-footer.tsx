import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getLocalePath } from '@/lib/i18n/alternates'
import { sitePageSlugs } from '@/lib/validation/site-pages'

export async function SiteFooter() {
  const t = await getTranslations('Layout')
  const tf = await getTranslations('Figures')
  const ts = await getTranslations('SitePages')
  const lp = await getLocalePath()
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8 text-sm text-slate-700 sm:px-6">
        <p>{t('footerAbout')}</p>
        <p>{t('sampleNotice')}</p>
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-4">
            <li><Link href={lp('/hubs')}>{t('nav.hubs')}</Link></li>
            <li><Link href={lp('/coalitions')}>{t('nav.coalitions')}</Link></li>
            <li><Link href={lp('/cities')}>{t('nav.cities')}</Link></li>
            <li><Link href={lp('/network-in-figures')}>{tf('navLabel')}</Link></li>
            <li><a href="/api/health">{t('healthLink')}</a></li>
          </ul>
        </nav>
        <nav aria-label={ts('footerNav')}>
          <ul className="flex flex-wrap gap-4">
            {sitePageSlugs.map((page) => (
              <li key={page}><Link href={lp(`/${page}`)}>{ts(`names.${page}`)}</Link></li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}

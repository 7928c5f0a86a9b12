import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

export async function SiteFooter() {
  const t = await getTranslations('Layout')
  const tf = await getTranslations('Figures')
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8 text-sm text-slate-700 sm:px-6">
        <p>{t('footerAbout')}</p>
        <p>{t('sampleNotice')}</p>
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-4">
            <li><Link href="/hubs">{t('nav.hubs')}</Link></li>
            <li><Link href="/coalitions">{t('nav.coalitions')}</Link></li>
            <li><Link href="/cities">{t('nav.cities')}</Link></li>
            <li><Link href="/network-in-figures">{tf('navLabel')}</Link></li>
            <li><a href="/api/health">{t('healthLink')}</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}

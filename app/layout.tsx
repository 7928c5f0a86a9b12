import type { Metadata, Viewport } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { ErrorTextsProvider } from '@/components/layout/error-texts'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { textDirection } from '@/lib/i18n/config'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Metadata')
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteDescription'),
    applicationName: t('siteName'),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0a4f2e' }

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale()
  const t = await getTranslations('Layout')
  // Client components only need the error texts; the rest stays on the server.
  const errors = await getTranslations('Errors')
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 bg-white px-4 py-2 focus:not-sr-only focus:absolute focus:start-2 focus:top-2"
        >
          {t('skipToContent')}
        </a>
        <ErrorTextsProvider texts={{ errorTitle: errors('errorTitle'), errorBody: errors('errorBody'), retry: errors('retry') }}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  )
}

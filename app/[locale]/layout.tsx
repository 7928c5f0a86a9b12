// /[locale]/... — the public pages in one language (lib/i18n/paths.ts). proxy.ts gives next-intl
// the path's language, so the root layout's <html lang> and every translation follow the URL; an
// unknown language prefix (/xx/hubs) is a 404.
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { locales } from '@/lib/i18n/config'

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(locales, locale)) notFound()
  return children
}

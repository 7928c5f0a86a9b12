// /robots.txt — the public site may be crawled; signed-in areas, the API and exports are not
// pages to index.
import type { MetadataRoute } from 'next'
import { locales } from '@/lib/i18n/config'
import { localePath } from '@/lib/i18n/paths'
import { siteUrl } from '@/lib/site-url'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/api/', '/dashboard', '/admin/', '/sign-in', '/register', '/forgot-password', '/reset-password', '/dev/', ...locales.map((locale) => localePath(locale, '/case-studies/compare'))],
      },
    ],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}

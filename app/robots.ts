// /robots.txt — the public site may be crawled; signed-in areas, the API and exports are not
// pages to index.
import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/site-url'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/api/', '/dashboard', '/admin/', '/sign-in', '/register', '/forgot-password', '/reset-password', '/dev/', '/case-studies/compare'],
      },
    ],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}

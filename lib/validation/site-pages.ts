// Footer pages (privacy, terms, accessibility, contact): their addresses and what an admin may write.
import { z } from 'zod'
import { locales } from '@/lib/i18n/config'

/** Each page's path segment (/en/privacy) and its stored kind. */
export const sitePageSlugs = ['privacy', 'terms', 'accessibility', 'contact'] as const
export type SitePageSlug = (typeof sitePageSlugs)[number]
export const sitePageKindOf = { privacy: 'PRIVACY', terms: 'TERMS', accessibility: 'ACCESSIBILITY', contact: 'CONTACT' } as const satisfies Record<
  SitePageSlug,
  string
>

export const SITE_PAGE_TITLE_MAX = 120
export const SITE_PAGE_BODY_MAX = 20_000

export const SitePageSlugSchema = z.enum(sitePageSlugs)
export const SitePageLanguageSchema = z.enum(locales)

export const SaveSitePageSchema = z.strictObject({
  page: SitePageSlugSchema,
  language: SitePageLanguageSchema,
  title: z.string({ message: 'required' }).trim().min(1, 'required').max(SITE_PAGE_TITLE_MAX, 'tooLong'),
  body: z
    .string({ message: 'required' })
    .transform((text) => text.replace(/\r\n/g, '\n').trim())
    .pipe(z.string().min(1, 'required').max(SITE_PAGE_BODY_MAX, 'tooLong')),
})
export type SaveSitePageInput = z.infer<typeof SaveSitePageSchema>

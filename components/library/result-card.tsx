// A case study in the library's results, with the "Compare" checkbox of the compare form it
// sits in (a plain GET form: choosing and comparing works without JavaScript).
import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import { countryName } from '@/lib/i18n/format'
import { imagePath, imageSrcSet, scaledSize } from '@/lib/library/images'
import type { LibraryCard } from '@/lib/library/selects'

export async function ResultCard({ caseStudy, compare = true }: { caseStudy: LibraryCard; compare?: boolean }) {
  const t = await getTranslations('Library')
  const format = await getFormatter()
  const locale = await getLocale()
  const checkboxId = `compare-${caseStudy.slug}`
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 p-5 shadow-sm">
      {caseStudy.coverImage ? (
        // eslint-disable-next-line @next/next/no-img-element -- files are served and resized by our own route
        <img
          src={imagePath(caseStudy.coverImage.id, 320)}
          srcSet={imageSrcSet(caseStudy.coverImage.id, caseStudy.coverImage.width, 640)}
          sizes="(min-width: 64rem) 20rem, (min-width: 48rem) 45vw, 90vw"
          alt={caseStudy.coverImage.altText ?? ''}
          {...scaledSize(caseStudy.coverImage.width, caseStudy.coverImage.height, 320)}
          loading="lazy"
          decoding="async"
          className="mb-3 h-40 w-full rounded bg-slate-100 object-cover"
        />
      ) : null}
      <div className="mb-2 flex flex-wrap gap-2">
        {caseStudy.isSample ? <Badge tone="amber">{t('sample')}</Badge> : null}
        <Badge tone="brand">{t(`projectStatus.${caseStudy.projectStatus}`)}</Badge>
        {caseStudy.topics.slice(0, 4).map(({ topic }) => (
          <Badge key={topic.slug}>{topic.name}</Badge>
        ))}
      </div>
      <h3 lang={caseStudy.language} className="text-lg font-semibold">
        <Link href={`/case-studies/${caseStudy.slug}`}>{caseStudy.title}</Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {caseStudy.city.name}, {countryName(caseStudy.city.countryCode, locale)}
        {caseStudy.startYear ? ` · ${t('startedIn', { year: String(caseStudy.startYear) })}` : null}
      </p>
      <p lang={caseStudy.language} className="mt-3 flex-1 text-slate-800">
        {caseStudy.summary}
      </p>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
        {caseStudy.publishedAt ? (
          <span>{t('publishedOn', { date: format.dateTime(caseStudy.publishedAt, { dateStyle: 'medium' }) })}</span>
        ) : null}
        {compare ? (
          <span className="flex items-center gap-2">
            <input
              id={checkboxId}
              type="checkbox"
              name="ids"
              value={caseStudy.slug}
              className="h-5 w-5 accent-brand-700"
            />
            <label htmlFor={checkboxId} className="font-medium text-slate-900">
              {t('compareCheckbox')}
              <span className="sr-only"> — {caseStudy.title}</span>
            </label>
          </span>
        ) : null}
      </div>
    </article>
  )
}

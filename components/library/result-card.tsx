// A case study in the library's results, with the "Compare" checkbox of the compare form it
// sits in (a plain GET form: choosing and comparing works without JavaScript).
// Lean on purpose: twenty of these make most of the library page, and each is sent twice (HTML
// and its React payload). Plain links, not next/link: twenty prefetches per visit would cost the
// server more than the navigation they save.
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { countryName } from '@/lib/i18n/format'
import { imagePath, imageSrcSet, scaledSize } from '@/lib/library/images'
import type { LibraryCard } from '@/lib/library/selects'
import { Highlight } from './highlight'
import { getLocalePath } from '@/lib/i18n/alternates'

export async function ResultCard({ caseStudy, compare = true, highlight = [] }: { caseStudy: LibraryCard; compare?: boolean; highlight?: string[] }) {
  const t = await getTranslations('Library')
  const lp = await getLocalePath()
  const format = await getFormatter()
  const locale = await getLocale()
  const titleId = `t-${caseStudy.slug}`
  const labelId = `c-${caseStudy.slug}`
  const tags = [t(`projectStatus.${caseStudy.projectStatus}`), ...caseStudy.topics.slice(0, 3).map(({ topic }) => topic.name)].join(' · ')
  const place = `${caseStudy.city.name}, ${countryName(caseStudy.city.countryCode, locale)}${caseStudy.startYear ? ` · ${t('startedIn', { year: String(caseStudy.startYear) })}` : ''}`
  return (
    <article className="lib-card">
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
      <p className="tags">
        {caseStudy.isSample ? <b>{t('sample')}</b> : null} {tags}
      </p>
      <h3 lang={caseStudy.language} id={compare ? titleId : undefined}>
        <a href={lp(`/case-studies/${caseStudy.slug}`)}>
          <Highlight text={caseStudy.title} words={highlight} language={caseStudy.language} />
        </a>
      </h3>
      <p className="meta">{place}</p>
      <p lang={caseStudy.language} className="sum">
        <Highlight text={caseStudy.summary} words={highlight} language={caseStudy.language} />
      </p>
      <div className="foot">
        {caseStudy.publishedAt ? <span>{t('publishedOn', { date: format.dateTime(caseStudy.publishedAt, { dateStyle: 'medium' }) })}</span> : null}
        {compare ? (
          <label>
            <input type="checkbox" name="ids" value={caseStudy.slug} aria-labelledby={`${labelId} ${titleId}`} />
            <span id={labelId}>{t('compareCheckbox')}</span>
          </label>
        ) : null}
      </div>
    </article>
  )
}

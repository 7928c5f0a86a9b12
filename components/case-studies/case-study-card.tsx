import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import type { PublishedCaseStudyCard } from '@/lib/case-studies/selects'
import { countryName } from '@/lib/i18n/format'
import { getLocalePath } from '@/lib/i18n/alternates'

export async function CaseStudyCard({ caseStudy }: { caseStudy: PublishedCaseStudyCard }) {
  const t = await getTranslations('CaseStudies')
  const lp = await getLocalePath()
  const format = await getFormatter()
  const locale = await getLocale()
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 p-5 shadow-sm">
      <div className="mb-2 flex flex-wrap gap-2">
        {caseStudy.isSample ? <Badge tone="amber">{t('sample')}</Badge> : null}
        {caseStudy.topics.map(({ topic }) => (
          <Badge key={topic.slug}>{topic.name}</Badge>
        ))}
      </div>
      <h3 lang={caseStudy.language} className="text-lg font-semibold">
        <a href={lp(`/case-studies/${caseStudy.slug}`)}>{caseStudy.title}</a>
      </h3>
      <p className="mt-1 text-sm text-slate-600">
        <a href={lp(`/cities/${caseStudy.city.slug}`)}>{caseStudy.city.name}</a>, {countryName(caseStudy.city.countryCode, locale)}
      </p>
      <p lang={caseStudy.language} className="mt-3 flex-1 text-slate-700">{caseStudy.summary}</p>
      {caseStudy.publishedAt ? (
        <p className="mt-4 text-sm text-slate-600">
          {t('publishedOn', { date: format.dateTime(caseStudy.publishedAt, { dateStyle: 'medium' }) })}
        </p>
      ) : null}
    </article>
  )
}

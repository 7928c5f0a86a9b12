// /reviews/translations — the translation review queue of hub officers and managers: what waits
// for review in their hubs (case studies of member cities, the hubs' and coordinated coalitions'
// descriptions), by language, the longest waiting first. 404 for anyone without a hub role.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getLocale, getNow, getTranslations } from 'next-intl/server'
import { signInUrl } from '@/components/authoring/server/load'
import { languageName } from '@/components/library/format'
import { TranslationStateBadges } from '@/components/translations/state-badges'
import { FormStatus } from '@/components/ui/form-status'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listTranslationQueue } from '@/lib/translations'
import { LanguageSchema } from '@/lib/validation/translation'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const doneKeys = ['approved', 'sentBack'] as const

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Translations')
  return { title: t('queue.title'), robots: { index: false } }
}

export default async function TranslationQueuePage({ searchParams }: Props) {
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl('/reviews/translations'))
  if (!user.hubRoles.length) notFound()
  const query = await searchParams
  const language = LanguageSchema.safeParse([query.language].flat()[0])
  const chosen = language.success ? language.data : undefined
  const [t, format, now, locale, queue] = await Promise.all([getTranslations('Translations'), getFormatter(), getNow(), getLocale(), listTranslationQueue(user, { language: chosen })])
  const done = doneKeys.find((key) => key === [query.done].flat()[0])
  const total = queue.languages.reduce((sum, entry) => sum + entry.count, 0)
  const filters = [{ href: '/reviews/translations', label: t('queue.allLanguages', { count: total }), current: !chosen }, ...queue.languages.map((entry) => ({
    href: `/reviews/translations?language=${entry.language}`,
    label: t('queue.languageCount', { language: languageName(entry.language, locale), count: entry.count }),
    current: entry.language === chosen,
  }))]
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href="/reviews">{t('queue.backToReviews')}</Link>
      </nav>
      <PageHeader title={t('queue.title')} intro={t('queue.intro')}>
        <p>
          <Link href="/reviews/translations/descriptions">{t('queue.descriptionsLink')}</Link>
        </p>
      </PageHeader>
      {done ? <FormStatus state={{ status: 'ok', message: t(`queue.done.${done}`) }} /> : null}
      <nav aria-label={t('queue.byLanguage')} className="mb-6">
        <ul className="flex flex-wrap gap-3">
          {filters.map((filter) => (
            <li key={filter.href}>
              <Link href={filter.href} aria-current={filter.current ? 'page' : undefined} className={filter.current ? 'font-semibold' : undefined}>
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Section id="waiting" title={t('queue.waitingHeading')}>
        {queue.items.length ? (
          <ol className="space-y-4">
            {queue.items.map((item) => (
              <li key={item.id} className="space-y-2 rounded border border-slate-300 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/reviews/translations/${encodeURIComponent(item.id)}`}>
                    <span lang={item.sourceLanguage}>{item.label}</span>
                  </Link>
                </h3>
                <p className="text-slate-800">
                  {t('queue.direction', { from: languageName(item.sourceLanguage, locale), to: languageName(item.language, locale) })} · {t(`subject.${item.subjectType}`)}
                </p>
                <TranslationStateBadges state="needsReview" origin={item.origin} outdated={item.outdated} />
                <p className="text-sm text-slate-700">
                  <time dateTime={item.updatedAt.toISOString()}>{t('queue.updatedAgo', { ago: format.relativeTime(item.updatedAt, now) })}</time>
                  {item.translatorName ? ` · ${t('queue.by', { name: item.translatorName })}` : ''}
                </p>
                {item.ownTranslation ? <p className="text-sm font-medium text-amber-900">{t('queue.own')}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState>{t('queue.empty')}</EmptyState>
        )}
      </Section>
    </>
  )
}

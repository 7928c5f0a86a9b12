import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { EntityForm, type EntityField } from '@/components/admin/entity-form'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { listNetworkForAdmin } from '@/lib/admin/list-network'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import {
  createCityAction,
  createCoalitionAction,
  createHubAction,
  createTopicAction,
  updateCityAction,
  updateCoalitionAction,
  updateHubAction,
  updateTopicAction,
} from './actions'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminNetwork')
  return { title: t('title'), robots: { index: false } }
}

type Item = { slug: string; name: string; path: string; fields: EntityField[] }

export default async function AdminNetworkPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/admin/network')
  if (!can(user, 'network.manage')) notFound()
  const t = await getTranslations('AdminNetwork')
  const { hubs, coalitions, topics, cities } = await listNetworkForAdmin(user)
  const none = { value: '', label: t('fields.noChoice') }

  const hubFields = (hub?: (typeof hubs)[number]): EntityField[] => [
    { kind: 'text', name: 'name', label: t('fields.name'), required: true, maxLength: 120, defaultValue: hub?.name },
    { kind: 'text', name: 'region', label: t('fields.region'), required: true, maxLength: 120, defaultValue: hub?.region },
    { kind: 'email', name: 'contactEmail', label: t('fields.contactEmail'), defaultValue: hub?.contactEmail ?? '' },
    { kind: 'textarea', name: 'description', label: t('fields.description'), required: true, maxLength: 2000, defaultValue: hub?.description },
  ]
  const coalitionFields = (coalition?: (typeof coalitions)[number]): EntityField[] => [
    { kind: 'text', name: 'name', label: t('fields.name'), required: true, maxLength: 120, defaultValue: coalition?.name },
    {
      kind: 'select',
      name: 'kind',
      label: t('fields.kind'),
      required: true,
      defaultValue: coalition?.kind ?? 'COALITION',
      options: [
        { value: 'COALITION', label: t('kinds.COALITION') },
        { value: 'NETWORK', label: t('kinds.NETWORK') },
      ],
    },
    { kind: 'text', name: 'scope', label: t('fields.scope'), hint: t('fields.scopeHint'), required: true, maxLength: 120, defaultValue: coalition?.scope },
    {
      kind: 'select',
      name: 'coordinatingHubSlug',
      label: t('fields.coordinatingHub'),
      defaultValue: coalition?.coordinatingHub?.slug ?? '',
      options: [none, ...hubs.map((hub) => ({ value: hub.slug, label: hub.name }))],
    },
    { kind: 'textarea', name: 'description', label: t('fields.description'), required: true, maxLength: 2000, defaultValue: coalition?.description },
  ]
  const topicFields = (topic?: (typeof topics)[number]): EntityField[] => [
    { kind: 'text', name: 'name', label: t('fields.name'), required: true, maxLength: 120, defaultValue: topic?.name },
    {
      kind: 'select',
      name: 'parentSlug',
      label: t('fields.parent'),
      defaultValue: topic?.parent?.slug ?? '',
      options: [none, ...topics.filter((other) => !other.parent && other.slug !== topic?.slug).map((other) => ({ value: other.slug, label: other.name }))],
    },
    { kind: 'textarea', name: 'description', label: t('fields.description'), required: true, maxLength: 1000, defaultValue: topic?.description },
  ]
  const cityFields = (city?: (typeof cities)[number]): EntityField[] => [
    { kind: 'text', name: 'name', label: t('fields.name'), required: true, maxLength: 120, defaultValue: city?.name },
    { kind: 'text', name: 'countryCode', label: t('fields.countryCode'), hint: t('fields.countryCodeHint'), required: true, maxLength: 2, defaultValue: city?.countryCode },
    { kind: 'text', name: 'region', label: t('fields.region'), required: true, maxLength: 120, defaultValue: city?.region },
    { kind: 'text', name: 'population', label: t('fields.population'), defaultValue: city?.population?.toString() ?? '' },
    { kind: 'text', name: 'latitude', label: t('fields.latitude'), required: true, defaultValue: city?.latitude.toString() },
    { kind: 'text', name: 'longitude', label: t('fields.longitude'), required: true, defaultValue: city?.longitude.toString() },
  ]

  const formLabels = (submit: 'create' | 'save') => ({
    submit: t(submit),
    pending: t(submit === 'create' ? 'creating' : 'saving'),
    errorSummary: t('errorSummary'),
  })

  const sections = [
    {
      id: 'hubs',
      title: t('hubs'),
      newTitle: t('newHub'),
      create: createHubAction,
      update: updateHubAction,
      fields: hubFields(),
      items: hubs.map((hub): Item => ({ slug: hub.slug, name: hub.name, path: `hubs/${hub.slug}`, fields: hubFields(hub) })),
    },
    {
      id: 'coalitions',
      title: t('coalitions'),
      newTitle: t('newCoalition'),
      create: createCoalitionAction,
      update: updateCoalitionAction,
      fields: coalitionFields(),
      items: coalitions.map((c): Item => ({ slug: c.slug, name: c.name, path: `coalitions/${c.slug}`, fields: coalitionFields(c) })),
    },
    {
      id: 'topics',
      title: t('topics'),
      newTitle: t('newTopic'),
      create: createTopicAction,
      update: updateTopicAction,
      fields: topicFields(),
      items: topics.map((topic): Item => ({ slug: topic.slug, name: topic.name, path: `case-studies?topic=${topic.slug}`, fields: topicFields(topic) })),
    },
    {
      id: 'cities',
      title: t('cities'),
      newTitle: t('newCity'),
      create: createCityAction,
      update: updateCityAction,
      fields: cityFields(),
      items: cities.map((city): Item => ({ slug: city.slug, name: `${city.name} (${city.countryCode})`, path: `cities/${city.slug}`, fields: cityFields(city) })),
    },
  ]

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <nav aria-labelledby="network-sections" className="mb-6">
        <h2 id="network-sections" className="sr-only">{t('title')}</h2>
        <ul className="flex flex-wrap gap-3">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <Section key={section.id} id={section.id} title={section.title}>
          <details className="mb-6 rounded border border-slate-300 p-4">
            <summary className="cursor-pointer font-semibold text-brand-800">{section.newTitle}</summary>
            <div className="mt-4">
              <EntityForm action={section.create} fields={section.fields} idPrefix={`new-${section.id}`} labels={formLabels('create')} resetOnSuccess />
            </div>
          </details>
          {section.items.length ? (
            <ul className="space-y-2">
              {section.items.map((item) => (
                <li key={item.slug} className="rounded border border-slate-200 p-3">
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-semibold">{item.name}</span>{' '}
                      <span className="text-sm text-slate-700">{t('slug', { path: item.path })}</span>
                      <span className="sr-only"> — {t('edit', { name: item.name })}</span>
                    </summary>
                    <div className="mt-4">
                      <EntityForm
                        action={section.update}
                        fields={item.fields}
                        hidden={{ slug: item.slug }}
                        idPrefix={`${section.id}-${item.slug}`}
                        labels={formLabels('save')}
                      />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t('none')}</EmptyState>
          )}
        </Section>
      ))}
    </>
  )
}

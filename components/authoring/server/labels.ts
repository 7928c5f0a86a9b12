// Translated labels and option lists of the authoring forms, built on the server (client
// components receive only the strings they show) and the reference data they offer: topics,
// the city's coalitions, languages, project statuses, practices, metric types.
import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import { languageName } from '@/components/library/format'
import { listTopicsForApi } from '@/lib/library/reference'
import { PROCUREMENT_TOPIC } from '@/lib/case-studies/content'
import { findCityBySlug } from '@/lib/network/cities'
import { listCoalitions } from '@/lib/network/coalitions'
import { ProcurementPractice, ProjectStatus } from '@/lib/generated/prisma/enums'
import { primaryLanguages } from '@/lib/validation/case-study'
import type { CaseStudyFormLabels, CaseStudyFormOptions } from '../case-study-form'
import { metricParts, metricTypes } from '../form-values'
import type { UploadFormLabels } from '../upload-form'

export async function caseStudyFormLabels(mode: 'create' | 'update'): Promise<CaseStudyFormLabels> {
  const [t, topics] = await Promise.all([getTranslations('Authoring.form'), listTopicsForApi()])
  const procurementTopic = topics.find((topic) => topic.slug === PROCUREMENT_TOPIC)?.name ?? PROCUREMENT_TOPIC
  return {
    aboutHeading: t('aboutHeading'),
    title: t('title'),
    titleHint: t('titleHint'),
    summary: t('summary'),
    summaryHint: t('summaryHint'),
    language: t('language'),
    startYear: t('startYear'),
    startYearHint: t('startYearHint'),
    projectStatus: t('projectStatus'),
    textHeading: t('textHeading'),
    body: t('body'),
    bodyHint: t('bodyHint'),
    preview: t('preview'),
    previewing: t('previewing'),
    previewHeading: t('previewHeading'),
    previewHint: t('previewHint'),
    previewEmpty: t('previewEmpty'),
    classificationHeading: t('classificationHeading'),
    topicsLegend: t('topicsLegend'),
    topicsHint: t('topicsHint'),
    coalitionsLegend: t('coalitionsLegend'),
    coalitionsHint: t('coalitionsHint'),
    noCoalitions: t('noCoalitions'),
    procurementHeading: t('procurementHeading'),
    procurementHint: t('procurementHint', { topic: procurementTopic }),
    practicesLegend: t('practicesLegend'),
    tenderClauses: t('tenderClauses'),
    tenderClausesHint: t('tenderClausesHint'),
    metricsHeading: t('metricsHeading'),
    metricsHint: t('metricsHint'),
    metricValue: t('metricValue'),
    metricCurrency: t('metricCurrency'),
    metricCurrencyHint: t('metricCurrencyHint'),
    metricBaselineYear: t('metricBaselineYear'),
    metricMethod: t('metricMethod'),
    submit: mode === 'create' ? t('create') : t('save'),
    submitting: mode === 'create' ? t('creating') : t('saving'),
    cancel: t('cancel'),
    errorSummary: t('errorSummary'),
    otherProblem: t('otherProblem'),
  }
}

/** Parents first, each followed by its sub-topics. */
export async function listTopicOptions() {
  const topics = await listTopicsForApi()
  const parents = topics.filter((topic) => !topic.parent)
  return parents.flatMap((parent) => [
    { value: parent.slug, label: parent.name, parent: null },
    ...topics.filter((topic) => topic.parent?.slug === parent.slug).map((child) => ({ value: child.slug, label: child.name, parent: parent.slug })),
  ])
}

/** Slug → name of every coalition and topic, for showing stored content. */
export async function referenceNames() {
  const [topics, coalitions] = await Promise.all([listTopicsForApi(), listCoalitions()])
  return {
    topics: new Map(topics.map((topic) => [topic.slug, topic.name])),
    coalitions: new Map(coalitions.map((coalition) => [coalition.slug, coalition.name])),
  }
}

export async function caseStudyFormOptions({ citySlug, chosenCoalitions, language }: { citySlug: string; chosenCoalitions: string[]; language: string }): Promise<CaseStudyFormOptions> {
  const [t, tl, tc, locale, topics, city, coalitions] = await Promise.all([
    getTranslations('Authoring.form'),
    getTranslations('Library'),
    getTranslations('CaseStudy'),
    getLocale(),
    listTopicOptions(),
    findCityBySlug(citySlug),
    listCoalitions(),
  ])
  const member = new Set(city?.coalitionMemberships.map((membership) => membership.coalition.slug))
  const offered = coalitions.filter((coalition) => member.has(coalition.slug) || chosenCoalitions.includes(coalition.slug))
  const languageCodes = [...new Set([...primaryLanguages, ...(language ? [language] : [])])]
  const partLabel = { value: t('metricValue'), currency: t('metricCurrency'), baselineYear: t('metricBaselineYear'), method: t('metricMethod') }
  return {
    languages: languageCodes.map((code) => ({ value: code, label: languageName(code, locale) })),
    projectStatuses: Object.values(ProjectStatus).map((status) => ({ value: status, label: tl(`projectStatus.${status}`) })),
    topics,
    coalitions: offered.map((coalition) => ({ value: coalition.slug, label: coalition.name })),
    practices: Object.values(ProcurementPractice).map((practice) => ({ value: practice, label: tc(`procurementPractices.${practice}`) })),
    metrics: metricTypes.map((type) => {
      const label = tl(`metrics.${type}`)
      return {
        type,
        label,
        unit: t(`metricUnit.${type}`),
        partLabels: Object.fromEntries(metricParts.map((part) => [part, t('metricField', { metric: label, field: partLabel[part] })])) as Record<
          (typeof metricParts)[number],
          string
        >,
      }
    }),
  }
}

export async function uploadFormLabels(): Promise<UploadFormLabels> {
  const t = await getTranslations('Authoring.files')
  return {
    heading: t('uploadHeading'),
    file: t('file'),
    fileHint: t('fileHint'),
    altText: t('altText'),
    altTextHint: t('altTextHint'),
    asCover: t('asCover'),
    upload: t('upload'),
    uploading: t('uploading'),
    progressLabel: t('progressLabel'),
    // Filled in by the client component.
    progress: t('progress', { percent: '{percent}' }),
    done: t('done', { name: '{name}' }),
    networkError: t('networkError'),
    chooseFile: t('chooseFile'),
    altTextRequired: t('altTextRequired'),
    tooLarge: t('tooLarge'),
    errorHeading: t('errorHeading'),
  }
}

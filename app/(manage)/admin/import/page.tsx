import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ImportForm } from '@/components/admin/import-form'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { importCsvAction } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminImport')
  return { title: t('title'), robots: { index: false } }
}

const importProblems = ['malformed', 'empty', 'missingColumn', 'unknownColumn', 'columnCount', 'tooManyRows', 'duplicateInFile', 'nameTaken', 'emailTaken', 'unknownCity', 'countryCode',
  'countryCodeUnknown', 'populationInvalid', 'latitudeInvalid', 'longitudeInvalid', 'roleInvalid', 'unknownHub', 'nameLooksLike'] as const
const fieldProblems = ['required', 'email', 'tooLong', 'controlCharacters', 'mixedScript', 'invalid'] as const

export default async function AdminImportPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/admin/import')
  if (!can(user, 'network.import')) notFound()
  const t = await getTranslations('AdminImport')
  const tv = await getTranslations('Validation')
  // The problems are rendered on the client; {value} is filled in there.
  const problemText: Record<string, string> = {
    ...Object.fromEntries(fieldProblems.map((key) => [key, tv(key)])),
    ...Object.fromEntries(importProblems.map((key) => [key, t(`errors.${key}`, { value: '{value}' })])),
  }
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Section id="import-columns" title={t('columnsHeading')}>
        <ul className="list-disc space-y-2 ps-6">
          <li>{t('citiesColumns')}</li>
          <li>{t('officialsColumns')}</li>
        </ul>
      </Section>
      <div className="mt-8">
        <ImportForm
          importAction={importCsvAction}
          problemText={problemText}
          labels={{
            kind: t('kind'),
            kinds: { cities: t('kinds.cities'), officials: t('kinds.officials') },
            file: t('file'),
            fileHint: t('fileHint'),
            text: t('text'),
            preview: t('preview'),
            apply: t('apply'),
            working: t('working'),
            errorSummary: t('errorSummary'),
            previewErrorSummary: t('previewErrorSummary'),
            problemsHeading: t('problemsHeading'),
            rowsHeading: t('rowsHeading'),
            line: t('line'),
            column: t('column'),
            problem: t('problem'),
          }}
        />
      </div>
    </>
  )
}

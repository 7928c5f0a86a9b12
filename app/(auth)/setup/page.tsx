// The first network admin of a real install, from the one-time link `npm start` prints
// (lib/admin/first-admin.ts). A spent, expired or unknown link, or any link once an admin
// exists, shows a refusal and no form.
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { AdminSetupForm } from '@/components/auth/admin-setup-form'
import { PageHeader } from '@/components/ui/page-header'
import { isAdminSetupTokenUsable } from '@/lib/admin/first-admin'
import { db } from '@/lib/db'
import { setupAdminAction } from '../actions'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('setupTitle'), robots: { index: false }, referrer: 'no-referrer' }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AdminSetupPage({ searchParams }: Props) {
  const { token } = await searchParams
  const t = await getTranslations('Auth')
  const usable = typeof token === 'string' && (await isAdminSetupTokenUsable(db, token))
  return (
    <>
      <PageHeader title={t('setupTitle')} intro={usable ? t('setupIntro') : undefined} />
      {usable ? (
        <AdminSetupForm
          token={token}
          action={setupAdminAction}
          labels={{
            name: t('name'),
            email: t('email'),
            password: t('password'),
            passwordHint: t('passwordHint'),
            button: t('setupButton'),
            saving: t('saving'),
            errorSummary: t('errorSummary'),
            signIn: t('signInTitle'),
          }}
        />
      ) : (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">{t('setupLinkUnusable')}</p>
      )}
    </>
  )
}

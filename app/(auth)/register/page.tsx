import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { RegisterForm } from '@/components/auth/register-form'
import { registerAction } from '../actions'
import { PageHeader } from '@/components/ui/page-header'
import { countryName } from '@/lib/i18n/format'
import { listCities } from '@/lib/network/cities'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('registerTitle') }
}

export default async function RegisterPage() {
  const t = await getTranslations('Auth')
  const locale = await getLocale()
  const cities = await listCities()
  return (
    <>
      <PageHeader title={t('registerTitle')} intro={t('registerIntro')} />
      <RegisterForm
        register={registerAction}
        cities={cities.map((city) => ({ value: city.slug, label: `${city.name} (${countryName(city.countryCode, locale)})` }))}
        labels={{
          name: t('name'),
          email: t('email'),
          jobTitle: t('jobTitle'),
          city: t('city'),
          chooseCity: t('chooseCity'),
          password: t('password'),
          passwordHint: t('passwordHint'),
          registerButton: t('registerButton'),
          registering: t('registering'),
          errorSummary: t('errorSummary'),
        }}
      />
      <p className="mt-8"><Link href="/sign-in">{t('haveAccount')}</Link></p>
    </>
  )
}

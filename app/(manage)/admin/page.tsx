import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminHome')
  return { title: t('title'), robots: { index: false } }
}

export default async function AdminHomePage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/admin')
  if (!can(user, 'network.manage')) notFound()
  const t = await getTranslations('AdminHome')
  const ts = await getTranslations('AdminSitePages')
  const links = [
    { href: '/admin/network', label: t('links.network'), hint: t('links.networkHint') },
    { href: '/admin/hub-roles', label: t('links.hubRoles'), hint: t('links.hubRolesHint') },
    { href: '/admin/users', label: t('links.users'), hint: t('links.usersHint') },
    { href: '/admin/import', label: t('links.import'), hint: t('links.importHint') },
    { href: '/audit', label: t('links.audit'), hint: t('links.auditHint') },
    { href: '/admin/refusals', label: t('links.refusals'), hint: t('links.refusalsHint') },
    { href: '/admin/site-pages', label: ts('title'), hint: ts('linkHint') },
  ]
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.href} className="rounded border border-slate-200 p-4">
            <Link href={link.href} className="text-lg font-semibold">
              {link.label}
            </Link>
            <p className="mt-1 text-slate-700">{link.hint}</p>
          </li>
        ))}
      </ul>
    </>
  )
}

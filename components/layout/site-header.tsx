import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { SignOutButton } from '@/components/auth/sign-out-button'
import { InboxLink } from '@/components/messaging/inbox-link'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { getLocalePath } from '@/lib/i18n/alternates'
import { HeaderMenu } from './header-menu'
import { LanguageSwitcher } from './language-switcher'
import { NavLink } from './nav-link'

export async function SiteHeader() {
  const t = await getTranslations('Layout')
  const tl = await getTranslations('Library')
  const tn = await getTranslations('Authoring.nav')
  const user = await getCurrentUser()
  const tnotes = await getTranslations('Notifications')
  const tadmin = await getTranslations('AdminHome')
  const tconsole = await getTranslations('Console')
  const lp = await getLocalePath()
  const links = [
    { href: lp('/'), label: t('nav.home'), exact: true },
    { href: lp('/hubs'), label: t('nav.hubs') },
    { href: lp('/coalitions'), label: t('nav.coalitions') },
    { href: lp('/cities'), label: t('nav.cities') },
    { href: lp('/case-studies'), label: tl('navLabel') },
  ]
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link
          href={lp('/')}
          aria-label={t('homeLink')}
          className="flex items-center gap-2 text-lg font-semibold text-white no-underline hover:text-brand-100"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M21 12a9 9 0 1 1-3-6.7" strokeLinecap="round" />
            <path d="M21 4v5h-5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>Circulars Portal</span>
        </Link>
        <HeaderMenu label={t('menu')}>
        <nav aria-label={t('mainNav')} className="w-full sm:w-auto">
          <ul className="flex flex-wrap gap-x-1 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href} exact={link.exact}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitcher />
          <nav aria-label={t('accountNav')}>
            <ul className="flex flex-wrap items-center gap-2 text-sm">
              {user ? (
                <>
                  <li>
                    <NavLink href="/dashboard">{t('dashboard')}</NavLink>
                  </li>
                  <li>
                    <InboxLink className="rounded px-3 py-2 text-sm font-medium text-white no-underline hover:bg-brand-700 hover:text-white" />
                  </li>
                  <li>
                    <NavLink href="/notifications">{tnotes('title')}</NavLink>
                  </li>
                  {user.city?.status === 'ACTIVE' ? (
                    <li>
                      <NavLink href="/my/case-studies">{tn('myCaseStudies')}</NavLink>
                    </li>
                  ) : null}
                  {user.hubRoles.length ? (
                    <li>
                      <NavLink href="/reviews">{tn('reviews')}</NavLink>
                    </li>
                  ) : null}
                  {can(user, 'console.view') ? (
                    <li>
                      <NavLink href="/manage">{tconsole('nav')}</NavLink>
                    </li>
                  ) : null}
                  {user.isNetworkAdmin ? (
                    <li>
                      <NavLink href="/admin">{tadmin('navLabel')}</NavLink>
                    </li>
                  ) : null}
                  {user.isNetworkAdmin || user.hubRoles.some((role) => role.role === 'MANAGER') ? (
                    <li>
                      <NavLink href="/audit">{tadmin('auditLink')}</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <SignOutButton
                      label={t('signOut')}
                      className="rounded border border-white/60 px-3 py-1 font-medium text-white hover:bg-brand-700"
                    />
                  </li>
                </>
              ) : (
                <li>
                  <NavLink href="/sign-in">{t('signIn')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
        </HeaderMenu>
      </div>
    </header>
  )
}

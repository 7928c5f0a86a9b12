'use client'
// Marks the current section with aria-current, which needs the pathname on the client. Section
// links hold the page's language prefix (/es/hubs), so /es/hubs/africa is in /es/hubs; the home
// link (/es) is `exact`: only the home page itself is current.
import Link from 'next/link'
import { usePathname } from 'next/navigation'

export function NavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const pathname = usePathname()
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`block rounded px-3 py-2 text-sm font-medium text-white no-underline hover:bg-brand-700 hover:text-white ${
        current ? 'bg-brand-700 underline underline-offset-4' : ''
      }`}
    >
      {children}
    </Link>
  )
}

'use client'
// Marks the current section with aria-current, which needs the pathname on the client.
import Link from 'next/link'
import { usePathname } from 'next/navigation'

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname()
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`)
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

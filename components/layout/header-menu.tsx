'use client'
// The header's menu on phones: the navigation, the language switch and the account links fold
// behind one "Menu" button (aria-expanded), so the header is one row instead of five; from the
// sm breakpoint up they are always shown and the button is not. A navigation closes the menu.
import { usePathname } from 'next/navigation'
import { useState } from 'react'

export function HeaderMenu({ label, children }: { label: string; children: React.ReactNode }) {
  // Open on the page where it was opened: navigating elsewhere closes it without an effect.
  const pathname = usePathname()
  const [openOn, setOpenOn] = useState<string | null>(null)
  const open = openOn === pathname
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex min-h-11 items-center gap-2 rounded border border-white/60 px-3 py-2 font-medium text-white hover:bg-brand-700 sm:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          {open ? <path d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4z" /> : <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />}
        </svg>
        {label}
      </button>
      <div
        id="site-menu"
        className={`${open ? 'flex' : 'hidden'} w-full flex-col gap-3 sm:flex sm:w-auto sm:flex-1 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between sm:gap-x-6`}
      >
        {children}
      </div>
    </>
  )
}

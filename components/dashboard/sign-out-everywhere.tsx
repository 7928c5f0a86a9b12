'use client'
import { signOut } from 'next-auth/react'
import { useTransition } from 'react'
import { signOutEverywhereAction } from '@/app/(auth)/actions'

export function SignOutEverywhereButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [pending, startTransition] = useTransition()
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutEverywhereAction()
          await signOut({ callbackUrl: '/sign-in' })
        })
      }
      className="rounded border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  )
}

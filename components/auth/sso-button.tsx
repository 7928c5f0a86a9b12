'use client'
import { signIn } from 'next-auth/react'

export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn('oidc', { callbackUrl })}
      className="rounded border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-50"
    >
      {label}
    </button>
  )
}

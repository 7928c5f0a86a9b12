'use client'
import { useFormStatus } from 'react-dom'

export function SubmitButton({ label, pendingLabel, tone = 'primary' }: { label: string; pendingLabel: string; tone?: 'primary' | 'secondary' | 'danger' }) {
  const { pending } = useFormStatus()
  const tones = {
    primary: 'bg-brand-700 text-white hover:bg-brand-900',
    secondary: 'border border-brand-700 bg-white text-brand-800 hover:bg-brand-50',
    danger: 'bg-red-700 text-white hover:bg-red-900',
  }
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-semibold disabled:opacity-70 ${tones[tone]}`}
    >
      {pending ? pendingLabel : label}
    </button>
  )
}

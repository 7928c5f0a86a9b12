'use client'
// Offers a retry without ever showing the raw error; the digest lets operators find the log line.
import { useErrorTexts } from '@/components/layout/error-texts'

export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = useErrorTexts()
  return (
    <div role="alert" className="py-12">
      <h1 className="text-3xl font-bold">{texts.errorTitle}</h1>
      <p className="mt-3 text-lg text-slate-700">{texts.errorBody}</p>
      {error.digest ? <p className="mt-2 text-sm text-slate-600">Ref: {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {texts.retry}
      </button>
    </div>
  )
}

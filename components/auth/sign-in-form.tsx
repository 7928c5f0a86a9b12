'use client'
// The password and magic-link forms. A failure is announced once (one role="alert", not nested in
// another live region) and focus goes to the password, to type again: the submit button is
// disabled while the request runs, which would otherwise leave focus on the page body.
import { useEffect, useRef, useState } from 'react'
import { Field } from '@/components/ui/field'
import { postNextAuth } from './next-auth-post'

type Labels = {
  email: string
  password: string
  signInButton: string
  signingIn: string
  signInFailed: string
  accountSuspended: string
  emailNotVerified: string
  codeLabel: string
  codeHint: string
  secondFactorRequired: string
  secondFactorWrong: string
  rateLimited: string
  genericError: string
  magicLinkHeading: string
  magicLinkButton: string
  sendingLink: string
  checkEmailBody: string
}

const buttonClass = 'rounded px-4 py-2 font-semibold disabled:opacity-70'

export function SignInForm({ callbackUrl, labels, initialError, initialNotice }: { callbackUrl: string; labels: Labels; initialError?: string; initialNotice?: string }) {
  const [error, setError] = useState<string | undefined>(initialError)
  const [notice, setNotice] = useState<string | undefined>(initialNotice)
  const [pending, setPending] = useState<'password' | 'link' | null>(null)
  const [failures, setFailures] = useState(0)
  // Asked for once the password was right on an account with two-step sign-in.
  const [needsCode, setNeedsCode] = useState(initialError === labels.secondFactorRequired)
  const passwordForm = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (!failures) return
    // Type again where it went wrong: the code once it is asked for, else the password.
    const field = passwordForm.current?.elements.namedItem(needsCode ? 'code' : 'password')
    if (field instanceof HTMLInputElement) {
      field.focus()
      field.select()
    }
  }, [failures, needsCode])

  function describe(result: Awaited<ReturnType<typeof postNextAuth>>) {
    if (result.kind === 'rateLimited') return labels.rateLimited.replace('{seconds}', String(result.retryAfterSeconds))
    if (result.kind === 'error') {
      if (result.error === 'AccountSuspended') return labels.accountSuspended
      if (result.error === 'EmailNotVerified') return labels.emailNotVerified
      if (result.error === 'SecondFactorRequired') return labels.secondFactorRequired
      if (result.error === 'SecondFactorWrong') return labels.secondFactorWrong
      return result.error === 'CredentialsSignin' ? labels.signInFailed : labels.genericError
    }
    return undefined
  }

  async function signInWithPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setPending('password')
    setNotice(undefined)
    const result = await postNextAuth('callback/credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      ...(needsCode ? { code: String(form.get('code') ?? '') } : {}),
      callbackUrl,
    })
    if (result.kind === 'ok') {
      window.location.assign(callbackUrl)
      return
    }
    if (result.kind === 'error' && (result.error === 'SecondFactorRequired' || result.error === 'SecondFactorWrong')) setNeedsCode(true)
    setError(describe(result))
    setPending(null)
    setFailures((count) => count + 1)
  }

  async function sendMagicLink(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setPending('link')
    setError(undefined)
    const result = await postNextAuth('signin/email', { email: String(form.get('email') ?? ''), callbackUrl })
    if (result.kind === 'ok') setNotice(labels.checkEmailBody)
    else setError(describe(result))
    setPending(null)
  }

  return (
    <div className="max-w-xl space-y-8">
      <div role="alert">
        {error ? <p key={failures} className="rounded border border-red-700 bg-red-50 p-3 text-red-900">{error}</p> : null}
      </div>
      <div role="status">
        {notice ? <p className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">{notice}</p> : null}
      </div>
      <form ref={passwordForm} onSubmit={signInWithPassword} className="space-y-5">
        <Field name="email" label={labels.email} type="email" autoComplete="username" required idPrefix="sign-in" />
        <Field name="password" label={labels.password} type="password" autoComplete="current-password" required idPrefix="sign-in" />
        {needsCode ? (
          <Field name="code" label={labels.codeLabel} hint={labels.codeHint} autoComplete="one-time-code" required maxLength={12} idPrefix="sign-in" />
        ) : null}
        <button type="submit" disabled={pending !== null} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-900`}>
          {pending === 'password' ? labels.signingIn : labels.signInButton}
        </button>
      </form>
      <section aria-labelledby="magic-link-heading" className="space-y-4 border-t border-slate-200 pt-6">
        <h2 id="magic-link-heading" className="text-xl font-semibold">{labels.magicLinkHeading}</h2>
        <form onSubmit={sendMagicLink} className="space-y-4">
          <Field name="email" label={labels.email} type="email" autoComplete="email" required idPrefix="magic-link" />
          <button type="submit" disabled={pending !== null} className={`${buttonClass} border border-brand-700 bg-white text-brand-800 hover:bg-brand-50`}>
            {pending === 'link' ? labels.sendingLink : labels.magicLinkButton}
          </button>
        </form>
      </section>
    </div>
  )
}

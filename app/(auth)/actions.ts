'use server'
// Thin actions: parse the form's known fields, call lib, map errors. Unknown fields are never read.
import { formValue } from '@/lib/actions/form'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { type ActionResult, toErrorResult } from '@/lib/actions/result'
import { completeAdminSetup } from '@/lib/admin/first-admin'
import { confirmEmail } from '@/lib/auth/email-verification'
import { confirmOidcLink } from '@/lib/auth/oidc-linking'
import { completePasswordReset, requestPasswordReset, signOutEverywhere } from '@/lib/auth/password-reset'
import { registerOfficial } from '@/lib/auth/register'
import { requireUser } from '@/lib/auth/session'
import { endUserSession } from '@/lib/auth/user-sessions'
import { db } from '@/lib/db'
import { clientIp } from '@/lib/http/client-ip'
import { AppError } from '@/lib/errors'
import { siteUrl } from '@/lib/site-url'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' ? value : undefined
}

export async function registerAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    const ip = clientIp(await headers())
    await registerOfficial(
      {
        name: field(form, 'name'),
        email: field(form, 'email'),
        jobTitle: field(form, 'jobTitle'),
        citySlug: field(form, 'citySlug'),
        password: field(form, 'password'),
      },
      { ip, locale: await getLocale(), baseUrl: siteUrl() },
    )
    return { status: 'ok', message: (await getTranslations('Auth'))('registerDone') }
  } catch (error) {
    return toErrorResult(error)
  }
}

export async function requestPasswordResetAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    await requestPasswordReset({ email: field(form, 'email') }, { ip: clientIp(await headers()), baseUrl: siteUrl() })
    return { status: 'ok', message: (await getTranslations('Auth'))('forgotDone') }
  } catch (error) {
    return toErrorResult(error)
  }
}

export async function resetPasswordAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    await completePasswordReset(
      { token: field(form, 'token'), password: field(form, 'password') },
      { ip: clientIp(await headers()) },
    )
    return { status: 'ok', message: (await getTranslations('Auth'))('resetDone') }
  } catch (error) {
    return toErrorResult(error)
  }
}

export async function signOutEverywhereAction(): Promise<ActionResult> {
  try {
    const user = await requireUser()
    await signOutEverywhere(user.id, { ip: clientIp(await headers()) })
    return { status: 'ok', message: '' }
  } catch (error) {
    return toErrorResult(error)
  }
}

/** "Sign out this device": ends one of the user's own sessions on the server. */
export async function endSessionAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser()
    await endUserSession(user, field(form, 'sessionId'), { ip: clientIp(await headers()) })
    // No revalidation: the row stays with its announcement until the page is next loaded.
    return { status: 'ok', message: (await getTranslations('Auth'))('sessionEnded') }
  } catch (error) {
    return toErrorResult(error)
  }
}

/** The first admin, from the one-time setup link (no session: the link is the credential). */
export async function setupAdminAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    await completeAdminSetup(
      db,
      { token: field(form, 'token'), name: field(form, 'name'), email: field(form, 'email'), password: field(form, 'password') },
      { ip: clientIp(await headers()) },
    )
    return { status: 'ok', message: (await getTranslations('Auth'))('setupDone') }
  } catch (error) {
    return toErrorResult(error)
  }
}

/** The owner of an account confirms a single sign-on link (no session: the mailed token is the proof). */
export async function confirmOidcLinkAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    await confirmOidcLink({ token: field(form, 'token') }, { ip: clientIp(await headers()) })
    return { status: 'ok', message: (await getTranslations('Auth'))('linkDone') }
  } catch (error) {
    return toErrorResult(error)
  }
}

/** The welcome mail's link, confirmed by its button: to sign-in on success, back with ?failed=1 if not. */
export async function confirmEmailAction(form: FormData): Promise<void> {
  let confirmed = false
  try {
    await confirmEmail({ token: field(form, 'token') }, { ip: clientIp(await headers()) })
    confirmed = true
  } catch (error) {
    if (!(error instanceof AppError)) throw error
  }
  redirect(confirmed ? '/sign-in?verified=1' : '/verify-email?failed=1')
}

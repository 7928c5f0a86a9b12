'use server'
// Language switch: stores the choice in a cookie for a year. Works without JavaScript
// (a plain form post); the page re-renders in the chosen language.
import { cookies } from 'next/headers'
import { z } from 'zod'
import { LOCALE_COOKIE, locales } from './config'

const SetLocaleSchema = z.object({ locale: z.enum(locales) })

export async function setLocale(form: FormData): Promise<void> {
  // Not a form (a hand-made post): nothing to set.
  if (!(form instanceof FormData)) return
  const parsed = SetLocaleSchema.safeParse({ locale: form.get('locale') })
  if (!parsed.success) return
  ;(await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production' && process.env.NEXTAUTH_URL?.startsWith('https://') === true,
  })
}

// The console pages' guard: signed in (else to sign-in), with a console (else 404).
import 'server-only'
import { notFound, redirect } from 'next/navigation'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'

export async function requireConsoleUser(path: string): Promise<Actor> {
  const user = await getCurrentUser()
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`)
  if (!can(user, 'console.view')) notFound()
  return user
}

/** Runs a console read; NOT_FOUND (another hub's, or no such item) becomes the 404 page. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'INVALID')) notFound()
    throw error
  }
}

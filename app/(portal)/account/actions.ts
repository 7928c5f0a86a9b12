'use server'
// Two-step sign-in of the signed-in account. Thin: read the named field, call lib/auth/two-step.ts
// (which re-reads the actor and checks everything), map errors.
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { formValue } from '@/lib/actions/form'
import { type ActionResult, toErrorResult } from '@/lib/actions/result'
import { confirmTwoStepEnrolment, disableTwoStep, startTwoStepEnrolment } from '@/lib/auth/two-step'
import { requireUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { clientIp } from '@/lib/http/client-ip'

export type TwoStepResult = ActionResult & { recoveryCodes?: string[] }

export async function startTwoStepAction(): Promise<void> {
  const user = await requireUser().catch(() => null)
  if (!user) redirect('/sign-in?callbackUrl=/account/two-step')
  try {
    await startTwoStepEnrolment(user)
  } catch (error) {
    // Already on (another tab): the page shows the current state.
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error
  }
  redirect('/account/two-step')
}

export async function confirmTwoStepAction(_: TwoStepResult, form: FormData): Promise<TwoStepResult> {
  try {
    const code = formValue(form, 'code')
    const { recoveryCodes } = await confirmTwoStepEnrolment(await requireUser(), { code: typeof code === 'string' ? code : undefined }, { ip: clientIp(await headers()) })
    return { status: 'ok', message: (await getTranslations('TwoStep'))('enabled'), recoveryCodes }
  } catch (error) {
    return toErrorResult(error)
  }
}

export async function disableTwoStepAction(_: TwoStepResult, form: FormData): Promise<TwoStepResult> {
  try {
    const code = formValue(form, 'code')
    await disableTwoStep(await requireUser(), { code: typeof code === 'string' ? code : undefined }, { ip: clientIp(await headers()) })
    return { status: 'ok', message: (await getTranslations('TwoStep'))('disabled') }
  } catch (error) {
    return toErrorResult(error)
  }
}

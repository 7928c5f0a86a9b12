'use server'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import type { ActionResult } from '@/lib/actions/result'
import { formFields, requestMeta, toAdminErrorResult } from '@/lib/admin/action-result'
import { restoreUser } from '@/lib/admin/restore-user'
import { suspendUser } from '@/lib/admin/suspend-user'
import { getCurrentUser } from '@/lib/auth/session'

export async function suspendUserAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    await suspendUser(await getCurrentUser(), formFields(form), await requestMeta())
    revalidatePath('/admin/users')
    return { status: 'ok', message: (await getTranslations('AdminUsers'))('suspended') }
  } catch (error) {
    return toAdminErrorResult(error)
  }
}

export async function restoreUserAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    await restoreUser(await getCurrentUser(), formFields(form), await requestMeta())
    revalidatePath('/admin/users')
    return { status: 'ok', message: (await getTranslations('AdminUsers'))('restored') }
  } catch (error) {
    return toAdminErrorResult(error)
  }
}

'use server'
import { formValue } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { type ActionResult, toErrorResult } from '@/lib/actions/result'
import { getCurrentUser } from '@/lib/auth/session'
import { appointHubRole, removeHubRole } from '@/lib/membership'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' ? value : undefined
}

export async function appointHubRoleAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    const user = await getCurrentUser()
    await appointHubRole(user, { email: field(form, 'email'), hubSlug: field(form, 'hubSlug'), role: field(form, 'role') })
    revalidatePath('/admin/hub-roles')
    return { status: 'ok', message: (await getTranslations('Admin'))('appointed') }
  } catch (error) {
    return toErrorResult(error)
  }
}

export async function removeHubRoleAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    const user = await getCurrentUser()
    await removeHubRole(user, { userId: field(form, 'userId'), hubSlug: field(form, 'hubSlug') })
    revalidatePath('/admin/hub-roles')
    return { status: 'ok', message: (await getTranslations('Admin'))('removed') }
  } catch (error) {
    return toErrorResult(error)
  }
}

'use server'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import type { ActionResult } from '@/lib/actions/result'
import { formFields, requestMeta, toAdminErrorResult } from '@/lib/admin/action-result'
import { getCurrentUser } from '@/lib/auth/session'
import { localePath } from '@/lib/i18n/paths'
import { saveSitePage } from '@/lib/site-pages/site-pages'

export async function saveSitePageAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    const saved = await saveSitePage(await getCurrentUser(), formFields(form), await requestMeta())
    revalidatePath('/admin/site-pages')
    revalidatePath(localePath(saved.language as 'en', `/${saved.page}`))
    return { status: 'ok', message: (await getTranslations('AdminSitePages'))('saved', { title: saved.title }) }
  } catch (error) {
    return toAdminErrorResult(error)
  }
}

'use server'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import type { ActionResult } from '@/lib/actions/result'
import { formFields, requestMeta, toAdminErrorResult } from '@/lib/admin/action-result'
import { createCity } from '@/lib/admin/create-city'
import { createCoalition } from '@/lib/admin/create-coalition'
import { createHub } from '@/lib/admin/create-hub'
import { createTopic } from '@/lib/admin/create-topic'
import { updateCity } from '@/lib/admin/update-city'
import { updateCoalition } from '@/lib/admin/update-coalition'
import { updateHub } from '@/lib/admin/update-hub'
import { updateTopic } from '@/lib/admin/update-topic'
import { getCurrentUser } from '@/lib/auth/session'

type Service = (actor: Awaited<ReturnType<typeof getCurrentUser>>, input: unknown, meta: { ip?: string | null }) => Promise<{ name: string }>

async function run(service: Service, form: FormData, messageKey: 'created' | 'saved'): Promise<ActionResult> {
  try {
    const user = await getCurrentUser()
    const saved = await service(user, formFields(form), await requestMeta())
    revalidatePath('/admin/network')
    return { status: 'ok', message: (await getTranslations('AdminNetwork'))(messageKey, { name: saved.name }) }
  } catch (error) {
    return toAdminErrorResult(error)
  }
}

export async function createHubAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(createHub, form, 'created')
}

export async function updateHubAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(updateHub, form, 'saved')
}

export async function createCoalitionAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(createCoalition, form, 'created')
}

export async function updateCoalitionAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(updateCoalition, form, 'saved')
}

export async function createTopicAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(createTopic, form, 'created')
}

export async function updateTopicAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(updateTopic, form, 'saved')
}

export async function createCityAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(createCity, form, 'created')
}

export async function updateCityAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(updateCity, form, 'saved')
}

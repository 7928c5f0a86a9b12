'use server'
// Hub-inbox actions: write first to a member city, connect two cities asking for an
// introduction. Each reads only the fields it names; the lib service checks the actor's
// permission itself (lib/messaging/*).
import { formValue } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import type { ActionResult } from '@/lib/actions/result'
import { getCurrentUser } from '@/lib/auth/session'
import { messagingErrorResult } from '@/lib/messaging/action-result'
import { filesFromForm } from '@/lib/messaging/form-files'
import { connectIntroduction, startOutreach } from '@/lib/messaging'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' && value !== '' ? value : undefined
}

export async function startOutreachAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  let id: string
  try {
    // One select names both: "hub-slug/city-slug" (a city may be in several of the actor's hubs).
    const [hubSlug, citySlug] = (field(form, 'target') ?? '').split('/')
    ;({ id } = await startOutreach(await getCurrentUser(), {
      hubSlug: hubSlug || undefined,
      citySlug: citySlug || undefined,
      subject: field(form, 'subject'),
      body: field(form, 'body'),
      clientKey: field(form, 'clientKey'),
      files: await filesFromForm(form),
    }))
  } catch (error) {
    const result = await messagingErrorResult(error)
    // The form has one select for hub and city: its errors belong there.
    if (result.status === 'error' && result.fields && (result.fields.citySlug || result.fields.hubSlug)) {
      const { citySlug, hubSlug, ...rest } = result.fields
      return { ...result, fields: { ...rest, target: [...(citySlug ?? []), ...(hubSlug ?? [])] } }
    }
    return result
  }
  revalidatePath('/hub-inbox')
  redirect(`/inbox/${id}`)
}

export async function connectIntroductionAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  let conversationId: string
  try {
    ;({ conversationId } = await connectIntroduction(await getCurrentUser(), {
      requestId: field(form, 'requestId'),
      message: field(form, 'message'),
    }))
  } catch (error) {
    return messagingErrorResult(error)
  }
  revalidatePath('/hub-inbox')
  revalidatePath('/inbox')
  redirect(`/inbox/${conversationId}`)
}

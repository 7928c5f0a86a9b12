'use server'
// Inbox and thread actions, and the introduction request of a case-study page. Each reads only
// the fields it names; the lib service checks the actor's permission itself (lib/messaging/*).
import { formValue } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { ActionResult } from '@/lib/actions/result'
import { getCurrentUser } from '@/lib/auth/session'
import { messagingErrorResult } from '@/lib/messaging/action-result'
import { filesFromForm } from '@/lib/messaging/form-files'
import {
  assignConversation,
  createSavedReply,
  deleteSavedReply,
  editMessage,
  hideMessage,
  reopenConversation,
  reportMessage,
  requestIntroduction,
  resolveConversation,
  sendMessage,
  startConversation,
} from '@/lib/messaging'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' && value !== '' ? value : undefined
}

type Done = 'sent' | 'edited' | 'reported' | 'hidden' | 'assigned' | 'resolved' | 'reopened' | 'replySaved' | 'replyRemoved'

async function run(work: () => Promise<{ conversationId: string }>, done: Done): Promise<ActionResult> {
  try {
    const { conversationId } = await work()
    revalidatePath(`/inbox/${conversationId}`)
    revalidatePath('/inbox')
    revalidatePath('/hub-inbox')
    return { status: 'ok', message: (await getTranslations('Messaging'))(`done.${done}`) }
  } catch (error) {
    return messagingErrorResult(error)
  }
}

export async function startConversationAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  let id: string
  try {
    ;({ id } = await startConversation(await getCurrentUser(), {
      hubSlug: field(form, 'hubSlug'),
      subject: field(form, 'subject'),
      body: field(form, 'body'),
      clientKey: field(form, 'clientKey'),
      files: await filesFromForm(form),
    }))
  } catch (error) {
    return messagingErrorResult(error)
  }
  revalidatePath('/inbox')
  redirect(`/inbox/${id}`)
}

export async function sendMessageAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(
    async () =>
      sendMessage(await getCurrentUser(), {
        conversationId: field(form, 'conversationId'),
        body: field(form, 'body'),
        clientKey: field(form, 'clientKey'),
        internal: field(form, 'internal') ?? false,
        files: await filesFromForm(form),
      }),
    'sent',
  )
}

export async function editMessageAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => editMessage(await getCurrentUser(), { messageId: field(form, 'messageId'), body: field(form, 'body') }), 'edited')
}

export async function reportMessageAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    await reportMessage(await getCurrentUser(), { messageId: field(form, 'messageId'), reason: field(form, 'reason') })
    return { conversationId: field(form, 'conversationId') ?? '' }
  }, 'reported')
}

export async function hideMessageAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => hideMessage(await getCurrentUser(), { messageId: field(form, 'messageId'), reason: field(form, 'reason') }), 'hidden')
}

export async function assignConversationAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    const { id } = await assignConversation(await getCurrentUser(), {
      conversationId: field(form, 'conversationId'),
      assigneeId: field(form, 'assigneeId'),
    })
    return { conversationId: id }
  }, 'assigned')
}

export async function resolveConversationAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    const { id } = await resolveConversation(await getCurrentUser(), { conversationId: field(form, 'conversationId') })
    return { conversationId: id }
  }, 'resolved')
}

export async function reopenConversationAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    const { id } = await reopenConversation(await getCurrentUser(), { conversationId: field(form, 'conversationId') })
    return { conversationId: id }
  }, 'reopened')
}

export async function saveReplyAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const conversationId = field(form, 'conversationId')
  return run(async () => {
    await createSavedReply(await getCurrentUser(), { conversationId, title: field(form, 'title'), body: field(form, 'body') })
    return { conversationId: conversationId! }
  }, 'replySaved')
}

export async function deleteSavedReplyAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const conversationId = field(form, 'conversationId')
  return run(async () => {
    await deleteSavedReply(await getCurrentUser(), { savedReplyId: field(form, 'savedReplyId') })
    return { conversationId: conversationId ?? '' }
  }, 'replyRemoved')
}

export async function requestIntroductionAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    const caseStudySlug = field(form, 'caseStudySlug')
    await requestIntroduction(await getCurrentUser(), {
      caseStudySlug,
      message: field(form, 'message'),
      clientKey: field(form, 'clientKey'),
    })
    revalidatePath('/hub-inbox')
    return { status: 'ok', message: (await getTranslations('Messaging'))('done.introductionRequested') }
  } catch (error) {
    return messagingErrorResult(error)
  }
}

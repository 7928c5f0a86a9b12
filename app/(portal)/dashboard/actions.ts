'use server'
// Dashboard decisions. Each action reads only the fields it names, and the lib function it calls
// checks the actor's permission itself.
import { formValue } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { type ActionResult, toErrorResult } from '@/lib/actions/result'
import { getCurrentUser } from '@/lib/auth/session'
import {
  addFocalPoint,
  decideCityTeamRequest,
  decideJoinRequest,
  leaveMembership,
  removeOfficial,
  requestCityTeam,
  requestToJoin,
  withdrawJoinRequest,
} from '@/lib/membership'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' && value !== '' ? value : undefined
}

async function run(work: () => Promise<unknown>, messageKey: 'requestSent' | 'decisionSaved' | 'withdrawn' | 'left' | 'teamUpdated'): Promise<ActionResult> {
  try {
    await work()
    revalidatePath('/dashboard')
    return { status: 'ok', message: (await getTranslations('Dashboard'))(`done.${messageKey}`) }
  } catch (error) {
    return toErrorResult(error)
  }
}

/** The select offers "hub:slug" and "coalition:slug" in one list. */
function splitTarget(value: string | undefined) {
  const [kind, slug] = (value ?? '').split(':')
  if (kind === 'hub') return { target: 'HUB', hubSlug: slug }
  if (kind === 'coalition') return { target: 'COALITION', coalitionSlug: slug }
  return { target: undefined }
}

export async function requestToJoinAction(_: ActionResult, form: FormData) {
  return run(async () => {
    const user = await getCurrentUser()
    await requestToJoin(user, { cityId: user?.city?.id, ...splitTarget(field(form, 'target')), motivation: field(form, 'motivation') })
  }, 'requestSent')
}

export async function withdrawJoinRequestAction(_: ActionResult, form: FormData) {
  return run(async () => withdrawJoinRequest(await getCurrentUser(), { requestId: field(form, 'requestId') }), 'withdrawn')
}

export async function leaveMembershipAction(_: ActionResult, form: FormData) {
  return run(async () => {
    const user = await getCurrentUser()
    await leaveMembership(user, { cityId: user?.city?.id, ...splitTarget(field(form, 'target')), reason: field(form, 'reason') })
  }, 'left')
}

export async function decideJoinRequestAction(_: ActionResult, form: FormData) {
  return run(
    async () =>
      decideJoinRequest(await getCurrentUser(), {
        requestId: field(form, 'requestId'),
        decision: field(form, 'decision'),
        reason: field(form, 'reason'),
      }),
    'decisionSaved',
  )
}

export async function requestCityTeamAction(_: ActionResult, form: FormData) {
  return run(async () => requestCityTeam(await getCurrentUser(), { citySlug: field(form, 'citySlug') }), 'requestSent')
}

export async function decideCityTeamAction(_: ActionResult, form: FormData) {
  return run(
    async () =>
      decideCityTeamRequest(await getCurrentUser(), {
        membershipId: field(form, 'membershipId'),
        decision: field(form, 'decision'),
        reason: field(form, 'reason'),
      }),
    'decisionSaved',
  )
}

export async function addFocalPointAction(_: ActionResult, form: FormData) {
  return run(async () => addFocalPoint(await getCurrentUser(), { membershipId: field(form, 'membershipId') }), 'teamUpdated')
}

export async function removeOfficialAction(_: ActionResult, form: FormData) {
  return run(
    async () => removeOfficial(await getCurrentUser(), { membershipId: field(form, 'membershipId'), reason: field(form, 'reason') }),
    'teamUpdated',
  )
}

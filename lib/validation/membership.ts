// Inputs of the membership services (lib/membership/*). z.object strips unknown keys, so a
// status, role or city smuggled into a form is dropped before any service sees it. Rules that
// tie two fields together (a slug for the chosen target, a reason for a decline) are refinements
// on the field concerned, so forms get them in `fieldErrors`. Messages are keys of the
// "Validation" catalogue, translated where they are shown.
import { z } from 'zod'
import { hasControlCharacters, SlugSchema } from './common'

/** Database ids (cuids); never interpreted, only looked up (PostgreSQL refuses a NUL even in a look-up). */
export const IdSchema = z
  .string({ message: 'invalid' })
  .trim()
  .min(1, { message: 'invalid' })
  .max(64, { message: 'invalid' })
  .refine((value) => !hasControlCharacters(value), { message: 'invalid' })

const TrimmedSlugSchema = z.string({ message: 'required' }).trim().pipe(SlugSchema)

export const MotivationSchema = z
  .string({ message: 'required' })
  .trim()
  .min(10, { message: 'motivationTooShort' })
  .max(2000, { message: 'tooLong' })
  .refine((value) => !hasControlCharacters(value), { message: 'controlCharacters' })

/** Why a request was declined or an official removed: shown to the people concerned. */
export const ReasonSchema = z
  .string({ message: 'required' })
  .trim()
  .min(3, { message: 'reasonTooShort' })
  .max(1000, { message: 'tooLong' })
  .refine((value) => !hasControlCharacters(value), { message: 'controlCharacters' })

/** A form's empty field means "no reason", not a too-short one. */
const OptionalReasonSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  ReasonSchema.optional(),
)

export const DecisionSchema = z.enum(['APPROVE', 'DECLINE'], { message: 'invalid' })
export const JoinTargetSchema = z.enum(['HUB', 'COALITION'], { message: 'chooseTarget' })
export const HubRoleKindSchema = z.enum(['OFFICER', 'MANAGER'], { message: 'invalid' })

type TargetFields = { target: 'HUB' | 'COALITION'; hubSlug?: string; coalitionSlug?: string }

function requireTargetSlug(value: TargetFields, ctx: z.RefinementCtx) {
  if (value.target === 'HUB' && !value.hubSlug) {
    ctx.addIssue({ code: 'custom', path: ['hubSlug'], message: 'chooseTarget' })
  }
  if (value.target === 'COALITION' && !value.coalitionSlug) {
    ctx.addIssue({ code: 'custom', path: ['coalitionSlug'], message: 'chooseTarget' })
  }
}

function requireDeclineReason(value: { decision: 'APPROVE' | 'DECLINE'; reason?: string }, ctx: z.RefinementCtx) {
  if (value.decision === 'DECLINE' && !value.reason) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' })
  }
}

export const RequestToJoinSchema = z
  .object({
    cityId: IdSchema,
    target: JoinTargetSchema,
    hubSlug: TrimmedSlugSchema.optional(),
    coalitionSlug: TrimmedSlugSchema.optional(),
    motivation: MotivationSchema,
  })
  .superRefine(requireTargetSlug)
export type RequestToJoinInput = z.input<typeof RequestToJoinSchema>

export const DecideJoinRequestSchema = z
  .object({ requestId: IdSchema, decision: DecisionSchema, reason: OptionalReasonSchema })
  .superRefine(requireDeclineReason)
export type DecideJoinRequestInput = z.input<typeof DecideJoinRequestSchema>

export const WithdrawJoinRequestSchema = z.object({ requestId: IdSchema })
export type WithdrawJoinRequestInput = z.input<typeof WithdrawJoinRequestSchema>

export const LeaveMembershipSchema = z
  .object({
    cityId: IdSchema,
    target: JoinTargetSchema,
    hubSlug: TrimmedSlugSchema.optional(),
    coalitionSlug: TrimmedSlugSchema.optional(),
    reason: OptionalReasonSchema,
  })
  .superRefine(requireTargetSlug)
export type LeaveMembershipInput = z.input<typeof LeaveMembershipSchema>

export const RequestCityTeamSchema = z.object({ citySlug: TrimmedSlugSchema })
export type RequestCityTeamInput = z.input<typeof RequestCityTeamSchema>

export const DecideCityTeamRequestSchema = z
  .object({ membershipId: IdSchema, decision: DecisionSchema, reason: OptionalReasonSchema })
  .superRefine(requireDeclineReason)
export type DecideCityTeamRequestInput = z.input<typeof DecideCityTeamRequestSchema>

export const AddFocalPointSchema = z.object({ membershipId: IdSchema })
export type AddFocalPointInput = z.input<typeof AddFocalPointSchema>

export const RemoveOfficialSchema = z.object({ membershipId: IdSchema, reason: ReasonSchema })
export type RemoveOfficialInput = z.input<typeof RemoveOfficialSchema>

export const AppointHubRoleSchema = z.object({
  // Stored lower-cased and trimmed (a CHECK enforces it), so look it up the same way.
  email: z.string({ message: 'required' }).trim().toLowerCase().max(254, { message: 'tooLong' }).pipe(z.email({ message: 'email' })),
  hubSlug: TrimmedSlugSchema,
  role: HubRoleKindSchema,
})
export type AppointHubRoleInput = z.input<typeof AppointHubRoleSchema>

export const RemoveHubRoleSchema = z.object({ userId: IdSchema, hubSlug: TrimmedSlugSchema })
export type RemoveHubRoleInput = z.input<typeof RemoveHubRoleSchema>

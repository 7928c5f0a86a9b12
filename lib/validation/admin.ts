// Inputs of network administration (lib/admin/*). Messages are keys of the "Validation"
// catalogue (or of "AdminValidation" for the admin-only ones), translated where they are shown.
// Form fields arrive as strings; an empty optional field means "not given".
import { z } from 'zod'
import { cleanName, mixedScriptWord } from '@/lib/admin/names'
import { SlugSchema } from './common'
import { EmailSchema, textLine } from './auth'
import { IdSchema, ReasonSchema } from './membership'
import { isCountryCode } from './country-codes'

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional())

/**
 * A name: NFC, whitespace collapsed, no control, invisible or direction-override characters, and
 * no word mixing scripts (a Cyrillic с in a Latin word; lib/admin/names.ts).
 */
export const NetworkNameSchema = z
  .string({ message: 'required' })
  .transform((value, ctx) => {
    const clean = cleanName(value)
    if (clean === null) {
      ctx.addIssue({ code: 'custom', message: 'controlCharacters' })
      return z.NEVER
    }
    if (mixedScriptWord(clean) !== null) {
      ctx.addIssue({ code: 'custom', message: 'mixedScript' })
      return z.NEVER
    }
    return clean
  })
  .pipe(z.string().min(1, { message: 'required' }).max(120, { message: 'tooLong' }))

/** Several lines of text: no control characters other than line breaks and tabs, no bidi overrides. */
const textBlock = (max: number) =>
  z
    .string({ message: 'required' })
    .trim()
    .min(1, { message: 'required' })
    .max(max, { message: 'tooLong' })
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), {
      message: 'controlCharacters',
    })

const TrimmedSlug = z.string({ message: 'required' }).trim().pipe(SlugSchema)

export const HubInputSchema = z.object({
  name: NetworkNameSchema,
  region: textLine(120),
  description: textBlock(2000),
  contactEmail: optional(EmailSchema),
})
export const UpdateHubSchema = HubInputSchema.extend({ slug: TrimmedSlug })

export const CoalitionInputSchema = z.object({
  name: NetworkNameSchema,
  kind: z.enum(['COALITION', 'NETWORK'], { message: 'invalid' }),
  scope: textLine(120),
  description: textBlock(2000),
  coordinatingHubSlug: optional(TrimmedSlug),
})
export const UpdateCoalitionSchema = CoalitionInputSchema.extend({ slug: TrimmedSlug })

export const TopicInputSchema = z.object({
  name: NetworkNameSchema,
  description: textBlock(1000),
  parentSlug: optional(TrimmedSlug),
})
export const UpdateTopicSchema = TopicInputSchema.extend({ slug: TrimmedSlug })

const decimal = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value),
    z.number({ message: 'invalid' }).finite({ message: 'invalid' }).min(min, { message: 'invalid' }).max(max, { message: 'invalid' }),
  )

export const CityInputSchema = z.object({
  name: NetworkNameSchema,
  countryCode: z
    .string({ message: 'required' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { message: 'countryCode', abort: true })
    .refine(isCountryCode, { message: 'countryCodeUnknown' }),
  region: textLine(120),
  population: z.preprocess(
    (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value.trim().replace(/[ _,]/g, ''))) : value),
    z.number({ message: 'invalid' }).int({ message: 'invalid' }).min(0, { message: 'invalid' }).max(100_000_000, { message: 'invalid' }).optional(),
  ),
  latitude: decimal(-90, 90),
  longitude: decimal(-180, 180),
})
export const UpdateCitySchema = CityInputSchema.extend({ slug: TrimmedSlug })

export const SuspendUserSchema = z.object({ userId: IdSchema, reason: ReasonSchema })
export const RestoreUserSchema = z.object({ userId: IdSchema })
export const UserSearchSchema = z.object({ q: z.string().trim().max(120).catch('') })

export const ImportKindSchema = z.enum(['cities', 'officials'], { message: 'invalid' })
export const MAX_IMPORT_BYTES = 1_000_000
export const MAX_IMPORT_ROWS = 1_000
export const ImportInputSchema = z.object({
  kind: ImportKindSchema,
  csv: z.string({ message: 'required' }).min(1, { message: 'required' }).max(MAX_IMPORT_BYTES, { message: 'tooLong' }),
})

/** One official in an import file; the city is given by its slug. */
export const OfficialRowSchema = z.object({
  name: textLine(120),
  email: EmailSchema,
  jobTitle: optional(textLine(160)),
  city: TrimmedSlug,
  role: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase().replace(/[\s-]+/g, '_') || 'OFFICIAL' : value),
    z.enum(['OFFICIAL', 'FOCAL_POINT'], { message: 'invalid' }),
  ),
})

const isoDate = z.preprocess(blankToUndefined, z.iso.date({ message: 'invalid' }).optional())

/** Filters of the audit log; anything malformed is dropped rather than refused (they are URL parameters). */
export const AuditFilterSchema = z.object({
  action: z.string().trim().max(80).regex(/^[A-Za-z.]*$/).optional().catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  hub: SlugSchema.optional().catch(undefined),
  from: isoDate.catch(undefined),
  to: isoDate.catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})
export type AuditFilter = z.output<typeof AuditFilterSchema>

/** The refusal log's filters (lib/admin/list-refusals.ts); anything malformed is ignored. */
export const REFUSAL_CODES = ['FORBIDDEN', 'NOT_FOUND', 'BAD_ORIGIN', 'METHOD_NOT_ALLOWED', 'PAYLOAD_TOO_LARGE', 'LENGTH_REQUIRED'] as const
export const RefusalFilterSchema = z.object({
  action: z.string().trim().max(100).regex(/^[A-Za-z.]*$/).optional().catch(undefined),
  code: z.enum(REFUSAL_CODES).optional().catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  ip: z.string().trim().max(64).regex(/^[0-9a-fA-F.:]*$/).optional().catch(undefined),
  from: isoDate.catch(undefined),
  to: isoDate.catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})
export type RefusalFilter = z.output<typeof RefusalFilterSchema>

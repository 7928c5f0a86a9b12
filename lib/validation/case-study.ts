// Inputs of the case-study services (lib/case-studies/*, lib/uploads/*). Messages are keys of the
// "Validation" catalogue, translated where they are shown.
//
// Decisions:
// - Text is NFC-normalised, CR/CRLF become LF (browsers send textarea lines as CRLF), then
//   trimmed. Control characters other than \n and \t (C0, DEL, C1) and the bidi embedding,
//   override and isolate characters (U+202A–U+202E, U+2066–U+2069) are refused, not stripped:
//   silently changing what someone typed hides an attack and surprises an honest author.
// - Metric values accept numbers and plain decimal strings ("1250.5") only: no sign, exponent,
//   thousands separator or trailing junk ("5abc"), never NaN or Infinity (1e309 parses to it).
// - Rules that need the database (topics exist, the city is in the coalition, procurement
//   practices need a procurement topic) are checked by the services and reported on the same
//   fields with the same kind of keys.
// - z.object strips unknown keys: a status, slug, city or reviewer smuggled into a form is
//   dropped before any service sees it.
import { z } from 'zod'
import { MetricType, ProcurementPractice, ProjectStatus } from '@/lib/generated/prisma/enums'
import { hasVisibleCharacter, IdempotencyKeySchema, SlugSchema } from './common'
import { IdSchema } from './membership'

export { IdSchema }

const FORBIDDEN_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

const normaliseText = (value: unknown) =>
  typeof value === 'string' ? value.normalize('NFC').replace(/\r\n?/g, '\n').trim() : value

/** True when the text holds no character that `multilineText` refuses. */
export const isCleanText = (value: string) => !FORBIDDEN_IN_TEXT.test(value)

/** One line: no line breaks, tabs or other control characters. */
export const singleLine = (min: number, max: number) =>
  z.preprocess(
    normaliseText,
    z
      .string({ message: 'required' })
      .min(1, { message: 'required', abort: true })
      .refine(hasVisibleCharacter, { message: 'required', abort: true })
      .min(min, { message: 'tooShort', abort: true })
      .max(max, { message: 'tooLong' })
      .refine((value) => !FORBIDDEN_IN_LINE.test(value), { message: 'controlCharacters' }),
  )

/** Paragraphs: line breaks and tabs allowed, other control characters not. */
export const multilineText = (min: number, max: number) =>
  z.preprocess(
    normaliseText,
    z
      .string({ message: 'required' })
      .min(1, { message: 'required', abort: true })
      .refine(hasVisibleCharacter, { message: 'required', abort: true })
      .min(min, { message: 'tooShort', abort: true })
      .max(max, { message: 'tooLong' })
      .refine(isCleanText, { message: 'controlCharacters' }),
  )

/** A form's empty field means "not given". */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value

const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional())

/** "2019" from a form, 2019 from JSON. Anything else stays as it is and fails as not a number. */
const toInteger = (value: unknown) => (typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : value)

const currentYear = () => new Date().getUTCFullYear()

/** A year from 1900 up to `ahead` years from now (read at parse time, not at module load). */
const yearSchema = (ahead: number) =>
  z.preprocess(
    toInteger,
    z
      .number({ message: 'invalid' })
      .int({ message: 'invalid' })
      .refine((year) => year >= 1900 && year <= currentYear() + ahead, { message: 'yearOutOfRange' }),
  )

// ISO 639-1 (two-letter) language codes.
const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo ' +
    'es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka ' +
    'kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng ' +
    'nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su ' +
    'sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
)
/** Offered first in forms; any other ISO 639-1 code is accepted too. */
export const primaryLanguages = ['en', 'es', 'pt', 'fr', 'zh', 'ar'] as const

export const LanguageSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.string({ message: 'required' }).refine((code) => ISO_639_1.has(code), { message: 'invalid' }),
)

export const MAX_METRIC_VALUE = 1e12

/** A finite number from 0 to 1e12; strings only as plain decimals. */
export const MetricValueSchema = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value
    const trimmed = value.trim()
    return /^\d{1,13}(\.\d{1,12})?$/.test(trimmed) ? Number(trimmed) : Number.NaN
  },
  z
    .number({ message: 'metricValue' })
    .min(0, { message: 'metricValue' })
    .max(MAX_METRIC_VALUE, { message: 'metricValue' }),
)

const isoCurrencies = new Set(Intl.supportedValuesOf('currency'))

export const CurrencySchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z
    .string({ message: 'currencyInvalid' })
    .regex(/^[A-Z]{3}$/, { message: 'currencyInvalid' })
    .refine((code) => isoCurrencies.has(code), { message: 'currencyInvalid' }),
)

export const MetricTypeSchema = z.enum(MetricType, { message: 'invalid' })

export const MetricInputSchema = z
  .object({
    type: MetricTypeSchema,
    value: MetricValueSchema,
    currency: optional(CurrencySchema),
    baselineYear: optional(yearSchema(0)),
    method: optional(multilineText(1, 500)),
    /** Ignored unless a reviewer sets it: authors' metrics are stored unverified. */
    verified: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()).optional(),
  })
  .superRefine((metric, ctx) => {
    if (metric.type === 'COST_SAVED_PER_YEAR' && !metric.currency) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'currencyRequired' })
    }
    if (metric.type !== 'COST_SAVED_PER_YEAR' && metric.currency) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'currencyNotAllowed' })
    }
  })
export type MetricInput = z.output<typeof MetricInputSchema>

function refuseDuplicates<T>(key: (item: T) => string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      const k = key(item)
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message: 'duplicate' })
      seen.add(k)
    })
  }
}

/** A slug as lib/validation/common.ts defines it, with this catalogue's message. */
const SlugItemSchema = z
  .string({ message: 'invalid' })
  .trim()
  .refine((value) => SlugSchema.safeParse(value).success, { message: 'invalid' })

const slugList = (min: number, max: number, emptyMessage: string) =>
  z
    .array(SlugItemSchema, { message: 'invalid' })
    .min(min, { message: emptyMessage })
    .max(max, { message: 'tooMany' })
    .superRefine(refuseDuplicates((slug: string) => slug))

export const TITLE_MAX = 200
export const SUMMARY_MAX = 1000
export const BODY_MAX = 50_000
export const TENDER_CLAUSES_MAX = 5000

/** Everything an author writes; the same shape is snapshotted in each revision. */
export const CaseStudyContentSchema = z.object({
  title: singleLine(5, TITLE_MAX),
  summary: multilineText(20, SUMMARY_MAX),
  /** Markdown, rendered through the sanitiser, never as raw HTML. */
  body: multilineText(1, BODY_MAX),
  language: LanguageSchema,
  startYear: optional(yearSchema(5)),
  projectStatus: z.enum(ProjectStatus, { message: 'invalid' }),
  topics: slugList(1, 6, 'chooseTopic'),
  coalitions: slugList(0, 6, 'invalid').default([]),
  procurementPractices: z
    .array(z.enum(ProcurementPractice, { message: 'invalid' }), { message: 'invalid' })
    .superRefine(refuseDuplicates((practice: string) => practice))
    .default([]),
  tenderClauses: optional(multilineText(1, TENDER_CLAUSES_MAX)),
  metrics: z
    .array(MetricInputSchema, { message: 'invalid' })
    .max(Object.keys(MetricType).length, { message: 'tooMany' })
    .superRefine(refuseDuplicates((metric: MetricInput) => metric.type))
    .default([]),
})
export type CaseStudyContentInput = z.output<typeof CaseStudyContentSchema>

export const CreateCaseStudySchema = CaseStudyContentSchema.extend({
  /** Defaults to the actor's city; another city is refused by the permission check. */
  cityId: optional(IdSchema),
  idempotencyKey: IdempotencyKeySchema,
})
export type CreateCaseStudyInput = z.input<typeof CreateCaseStudySchema>

/** The whole content is sent on every save (a form posts every field). */
export const UpdateCaseStudySchema = CaseStudyContentSchema.extend({ caseStudyId: IdSchema })
export type UpdateCaseStudyInput = z.input<typeof UpdateCaseStudySchema>

export const CaseStudyRefSchema = z.object({ caseStudyId: IdSchema })
export type CaseStudyRefInput = z.input<typeof CaseStudyRefSchema>

export const SubmitCaseStudySchema = CaseStudyRefSchema.extend({ idempotencyKey: IdempotencyKeySchema })
export type SubmitCaseStudyInput = z.input<typeof SubmitCaseStudySchema>

/** What reviewers write to authors: why, or what to change. */
export const ReviewNoteSchema = multilineText(3, 2000)

export const RequestChangesSchema = z.object({ caseStudyId: IdSchema, note: ReviewNoteSchema, idempotencyKey: IdempotencyKeySchema })
export type RequestChangesInput = z.input<typeof RequestChangesSchema>

export const RejectCaseStudySchema = z.object({ caseStudyId: IdSchema, reason: ReviewNoteSchema, idempotencyKey: IdempotencyKeySchema })
export type RejectCaseStudyInput = z.input<typeof RejectCaseStudySchema>

export const UnpublishCaseStudySchema = z.object({ caseStudyId: IdSchema, reason: ReviewNoteSchema, idempotencyKey: IdempotencyKeySchema })
export type UnpublishCaseStudyInput = z.input<typeof UnpublishCaseStudySchema>

export const PublishCaseStudySchema = z.object({
  caseStudyId: IdSchema,
  /**
   * The metrics the reviewer checked. Absent: metrics identical to ones already published as
   * verified stay verified, the rest are unverified.
   */
  verifiedMetrics: z
    .array(MetricTypeSchema, { message: 'invalid' })
    .superRefine(refuseDuplicates((type: string) => type))
    .optional(),
  idempotencyKey: IdempotencyKeySchema,
})
export type PublishCaseStudyInput = z.input<typeof PublishCaseStudySchema>

export const CommentOnCaseStudySchema = z.object({ caseStudyId: IdSchema, body: multilineText(1, 5000), idempotencyKey: IdempotencyKeySchema })
export type CommentOnCaseStudyInput = z.input<typeof CommentOnCaseStudySchema>

const RevisionNumberSchema = z.preprocess(toInteger, z.number({ message: 'invalid' }).int({ message: 'invalid' }).min(1, { message: 'invalid' }).max(1_000_000, { message: 'invalid' }))

export const GetRevisionSchema = z.object({ caseStudyId: IdSchema, number: RevisionNumberSchema })
export type GetRevisionInput = z.input<typeof GetRevisionSchema>

export const DiffRevisionsSchema = z.object({ caseStudyId: IdSchema, from: RevisionNumberSchema, to: RevisionNumberSchema })
export type DiffRevisionsInput = z.input<typeof DiffRevisionsSchema>

// ---------------------------------------------------------------------------
// Attachments
// ---------------------------------------------------------------------------

export const AttachmentKindSchema = z.enum(['IMAGE', 'PDF'], { message: 'invalid' })

export const AddCaseStudyAttachmentSchema = z
  .object({
    caseStudyId: IdSchema,
    kind: AttachmentKindSchema,
    /** As uploaded; sanitised by lib/uploads/file-name.ts, never used to build a path. */
    fileName: z.string({ message: 'required' }).max(1000, { message: 'tooLong' }),
    bytes: z.instanceof(Uint8Array, { message: 'required' }),
    altText: optional(singleLine(1, 300)),
    asCover: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.asCover && value.kind !== 'IMAGE') ctx.addIssue({ code: 'custom', path: ['asCover'], message: 'invalid' })
  })
export type AddCaseStudyAttachmentInput = z.input<typeof AddCaseStudyAttachmentSchema>

export const RemoveCaseStudyAttachmentSchema = z.object({ attachmentId: IdSchema })
export type RemoveCaseStudyAttachmentInput = z.input<typeof RemoveCaseStudyAttachmentSchema>

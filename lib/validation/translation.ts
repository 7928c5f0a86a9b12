// Inputs of the translation services (lib/translations/*). Each translated field is checked
// against its subject's field rules by the service (which fields exist and are required depends
// on the source); here only the shape, with a generous cap so an oversize body is refused before
// any work. Messages are keys of the "Validation" / "AuthoringErrors" catalogues.
import { z } from 'zod'
import { TranslationSubject } from '@/lib/generated/prisma/enums'
import { BODY_MAX, LanguageSchema } from './case-study'
import { IdSchema } from './membership'

export { LanguageSchema }

export const TranslationSubjectSchema = z.enum(TranslationSubject, { message: 'invalid' })

export const SourceHashSchema = z.string({ message: 'invalid' }).regex(/^[0-9a-f]{64}$/, { message: 'invalid' })

/** Any field of any subject; the service applies the field's own limit (BODY_MAX at most). */
const FieldTextSchema = z.string({ message: 'invalid' }).max(BODY_MAX + 1000, { message: 'tooLong' })

export const SaveTranslationSchema = z.strictObject({
  subjectType: TranslationSubjectSchema,
  subjectId: IdSchema,
  language: LanguageSchema,
  /** The source's hash the translator worked from (the editor sends the one it showed). */
  sourceHash: SourceHashSchema,
  fields: z.record(z.string().max(40), FieldTextSchema, { message: 'invalid' }),
})
export type SaveTranslationInput = z.output<typeof SaveTranslationSchema>

const NoteSchema = z
  .string({ message: 'required' })
  .trim()
  .min(3, { message: 'reasonTooShort' })
  .max(2000, { message: 'tooLong' })
  .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), { message: 'controlCharacters' })

export const ReviewTranslationSchema = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({
      translationId: IdSchema,
      decision: z.literal('approve'),
      /** The translation's updatedAt as the reviewer saw it: a later edit makes this a CONFLICT. */
      seen: z.iso.datetime({ message: 'invalid' }),
    }),
    z.strictObject({
      translationId: IdSchema,
      decision: z.literal('sendBack'),
      seen: z.iso.datetime({ message: 'invalid' }),
      note: NoteSchema,
    }),
  ],
  { message: 'invalid' },
)
export type ReviewTranslationInput = z.output<typeof ReviewTranslationSchema>

export const TranslationQueueSchema = z.strictObject({
  language: LanguageSchema.optional(),
})

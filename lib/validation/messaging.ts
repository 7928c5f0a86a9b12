// Inputs of the messaging and notification services (lib/messaging/*, lib/notifications/*).
// Messages are keys of the "Validation" catalogue. A message body keeps its author's spacing
// inside but may not be blank; 10,000 characters is also a CHECK in the database.
import { z } from 'zod'
import { IdSchema } from './membership'
import { hasControlCharacters, hasVisibleCharacter, SlugSchema } from './common'

export const MESSAGE_MAX_LENGTH = 10_000
export const SUBJECT_MAX_LENGTH = 200

export const MessageBodySchema = z
  .string({ message: 'required' })
  .trim()
  .min(1, { message: 'required' })
  .refine(hasVisibleCharacter, { message: 'required' })
  .max(MESSAGE_MAX_LENGTH, { message: 'tooLong' })
  .refine((value) => !hasControlCharacters(value), { message: 'controlCharacters' })

export const SubjectSchema = z
  .string({ message: 'required' })
  .trim()
  .min(1, { message: 'required' })
  .refine(hasVisibleCharacter, { message: 'required' })
  .max(SUBJECT_MAX_LENGTH, { message: 'tooLong' })
  .refine((value) => !hasControlCharacters(value), { message: 'controlCharacters' })

/** Sent by the form once per rendering, so a double submit is recognised as the same send. */
export const ClientKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'invalid' })
  .optional()

const FlagSchema = z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean())

export const StartConversationSchema = z.object({
  hubSlug: z.string({ message: 'required' }).trim().pipe(SlugSchema),
  subject: SubjectSchema,
  body: MessageBodySchema,
  clientKey: ClientKeySchema,
})

export const StartOutreachSchema = z.object({
  hubSlug: z.string({ message: 'invalid' }).trim().pipe(SlugSchema),
  citySlug: z.string({ message: 'chooseCity' }).trim().pipe(SlugSchema),
  subject: SubjectSchema,
  body: MessageBodySchema,
  clientKey: ClientKeySchema,
})

export const SendMessageSchema = z.object({
  conversationId: IdSchema,
  body: MessageBodySchema,
  clientKey: ClientKeySchema,
  internal: FlagSchema.default(false),
})

export const EditMessageSchema = z.object({ messageId: IdSchema, body: MessageBodySchema })
export const ConversationRefSchema = z.object({ conversationId: IdSchema })
export const AssignConversationSchema = z.object({ conversationId: IdSchema, assigneeId: IdSchema })

export const ReportMessageSchema = z.object({
  messageId: IdSchema,
  reason: z
    .string({ message: 'required' })
    .trim()
    .min(3, { message: 'reasonTooShort' })
    .max(1000, { message: 'tooLong' })
    .refine((value) => !hasControlCharacters(value), { message: 'controlCharacters' }),
})

export const HideMessageSchema = z.object({
  messageId: IdSchema,
  reason: z
    .string({ message: 'required' })
    .trim()
    .min(3, { message: 'reasonTooShort' })
    .max(1000, { message: 'tooLong' })
    .refine((value) => !hasControlCharacters(value), { message: 'controlCharacters' }),
})

export const HubInboxFilterSchema = z.enum(['open', 'mine', 'unassigned', 'resolved']).catch('open')

/** Polling: messages created after this instant (ISO 8601). */
export const AfterSchema = z.iso.datetime({ offset: true }).pipe(z.coerce.date()).optional()

export const NotificationRefSchema = z.object({ notificationId: IdSchema })
export const NotificationPageSchema = z.coerce.number().int().min(1).max(1000).catch(1)
export const EmailPreferenceSchema = z.object({
  emailPreference: z.enum(['INSTANT', 'DAILY_DIGEST', 'NONE'], { message: 'invalid' }),
})
export const UnsubscribeSchema = z.object({ token: z.string({ message: 'invalid' }).min(10).max(512) })

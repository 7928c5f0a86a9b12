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

/** At most this many files on one message (each under the case-study file rules, lib/uploads). */
export const MAX_MESSAGE_ATTACHMENTS = 5

/** Files sent with a message, as read from the form; judged by their bytes in lib/uploads. */
export const MessageFilesSchema = z
  .array(
    z.object({
      /** As uploaded; sanitised by lib/uploads/file-name.ts, never used to build a path. */
      fileName: z.string({ message: 'required' }).max(1000, { message: 'tooLong' }),
      bytes: z.instanceof(Uint8Array, { message: 'required' }),
    }),
    { message: 'invalid' },
  )
  .max(MAX_MESSAGE_ATTACHMENTS, { message: 'tooManyFiles' })
  .default([])

export const StartConversationSchema = z.object({
  hubSlug: z.string({ message: 'required' }).trim().pipe(SlugSchema),
  subject: SubjectSchema,
  body: MessageBodySchema,
  clientKey: ClientKeySchema,
  files: MessageFilesSchema,
})

export const StartOutreachSchema = z.object({
  hubSlug: z.string({ message: 'invalid' }).trim().pipe(SlugSchema),
  citySlug: z.string({ message: 'chooseCity' }).trim().pipe(SlugSchema),
  subject: SubjectSchema,
  body: MessageBodySchema,
  clientKey: ClientKeySchema,
  files: MessageFilesSchema,
})

export const SendMessageSchema = z.object({
  conversationId: IdSchema,
  body: MessageBodySchema,
  clientKey: ClientKeySchema,
  internal: FlagSchema.default(false),
  files: MessageFilesSchema,
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
  /** Hiding from a report in the manager console: that report must still be open (see hide-message.ts). */
  reportId: IdSchema.optional(),
})

export const HubInboxFilterSchema = z.enum(['open', 'mine', 'unassigned', 'resolved']).catch('open')

/** Polling: messages created after this instant (ISO 8601). */
export const AfterSchema = z.iso.datetime({ offset: true }).pipe(z.coerce.date()).optional()

export const MessageAttachmentRefSchema = z.object({ attachmentId: IdSchema })

/** An introduction request from a published case study. */
export const RequestIntroductionSchema = z.object({
  caseStudySlug: z.string({ message: 'invalid' }).trim().pipe(SlugSchema),
  message: MessageBodySchema,
  clientKey: ClientKeySchema,
})

/** The hub's officer connects the two cities, with an optional word of introduction. */
export const ConnectIntroductionSchema = z.object({
  requestId: IdSchema,
  message: z
    .string()
    .trim()
    .max(MESSAGE_MAX_LENGTH, { message: 'tooLong' })
    .optional()
    .transform((value) => value || undefined),
})

export const NotificationRefSchema = z.object({ notificationId: IdSchema })
export const NotificationPageSchema = z.coerce.number().int().min(1).max(1000).catch(1)
export const EmailPreferenceSchema = z.object({
  emailPreference: z.enum(['INSTANT', 'DAILY_DIGEST', 'NONE'], { message: 'invalid' }),
})
export const UnsubscribeSchema = z.object({ token: z.string({ message: 'invalid' }).min(10).max(512) })

export const SAVED_REPLY_TITLE_MAX_LENGTH = 120

/** A saved reply of a hub's team: a title to find it by and the text put into a reply. */
export const SavedReplyInputSchema = z.object({
  conversationId: IdSchema,
  title: z
    .string({ message: 'required' })
    .trim()
    .min(1, { message: 'required' })
    .max(SAVED_REPLY_TITLE_MAX_LENGTH, { message: 'tooLong' })
    .refine((value) => !hasControlCharacters(value), { message: 'controlCharacters' }),
  body: MessageBodySchema,
})

export const SavedReplyRefSchema = z.object({ savedReplyId: IdSchema })

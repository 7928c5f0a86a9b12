// Messages here are keys of the "Validation" catalogue, translated where they are shown.
import { dictionary } from '@zxcvbn-ts/language-common'
import { z } from 'zod'
import { SlugSchema } from './common'

// NIST SP 800-63B: length 8 to 128, no composition rules, refuse known-breached common passwords.
const commonPasswords = new Set<string>(dictionary['passwords-common'] as string[])

export const EmailSchema = z
  .string({ message: 'required' })
  .trim()
  .toLowerCase()
  .min(1, { message: 'required' })
  .max(254, { message: 'tooLong' })
  .pipe(z.email({ message: 'email' }))

export const PasswordSchema = z
  .string({ message: 'required' })
  .min(8, { message: 'passwordTooShort' })
  .max(128, { message: 'passwordTooLong' })
  .refine((password) => !commonPasswords.has(password.toLowerCase()), { message: 'passwordCommon' })

/** One line of human text: trimmed, bounded, and free of control and bidi-override characters. */
export const textLine = (max: number) =>
  z
    .string({ message: 'required' })
    .trim()
    .min(1, { message: 'required' })
    .max(max, { message: 'tooLong' })
    .refine((value) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), {
      message: 'controlCharacters',
    })

export const RegisterSchema = z.object({
  name: textLine(120),
  email: EmailSchema,
  jobTitle: textLine(160),
  citySlug: SlugSchema.catch(''),
  password: PasswordSchema,
})
export type RegisterInput = z.infer<typeof RegisterSchema>

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(128),
})

export const PasswordResetRequestSchema = z.object({ email: EmailSchema })

export const PasswordResetSchema = z.object({
  token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/),
  password: PasswordSchema,
})

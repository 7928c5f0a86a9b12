import { z } from 'zod'

/** URL slugs: lower-case ASCII words joined by hyphens, as the database CHECKs enforce. */
export const SlugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)

/**
 * C0 control characters other than tab and line breaks, and DEL. PostgreSQL cannot store NUL in
 * text at all (the insert fails), so free text that reaches the database refuses them up front.
 */
export const hasControlCharacters = (value: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)

/** False for text made only of spaces and invisible format characters (zero-width space, joiners, marks). */
export const hasVisibleCharacter = (value: string) => /[^\s\p{Cf}]/u.test(value)

/**
 * The idempotency key of a form (lib/security/idempotency.ts): letters, digits, `-` and `_`, 16 to
 * 128 of them. Optional: a request without one simply runs; an empty field counts as none.
 */
export const IdempotencyKeySchema = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.string({ message: 'invalid' }).regex(/^[A-Za-z0-9_-]{16,128}$/, { message: 'invalid' }).optional(),
)

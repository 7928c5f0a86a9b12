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

import { z } from 'zod'

/** URL slugs: lower-case ASCII words joined by hyphens, as the database CHECKs enforce. */
export const SlugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)

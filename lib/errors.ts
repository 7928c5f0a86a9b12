// Errors that may reach users. Anything that is not an AppError is logged and shown as a
// generic message, so internal details never leak.
import { Prisma } from '@/lib/generated/prisma/client'

export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'INVALID' | 'RATE_LIMITED'

export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields?: Record<string, string[]>
  readonly retryAfterSeconds?: number
  /** A key of the "Problems" catalogue for a more specific, translated message. */
  readonly key?: string
  readonly values?: Record<string, string>

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      fields?: Record<string, string[]>
      retryAfterSeconds?: number
      key?: string
      values?: Record<string, string>
    } = {},
  ) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.fields = options.fields
    this.retryAfterSeconds = options.retryAfterSeconds
    this.key = options.key
    this.values = options.values
  }
}

export const notFound = (message = 'Not found.') => new AppError('NOT_FOUND', message)
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message)
export const conflict = (message: string) => new AppError('CONFLICT', message)
export const invalid = (message: string, fields?: Record<string, string[]>) => new AppError('INVALID', message, { fields })

export const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  RATE_LIMITED: 429,
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

/** Turns a unique-index violation into a CONFLICT with the given message; rethrows the rest. */
export function mapUniqueViolation(error: unknown, message: string): never {
  if (isUniqueViolation(error)) throw conflict(message)
  throw error
}

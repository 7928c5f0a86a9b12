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

/** PostgreSQL error classes and driver messages that mean "the database is not there right now". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300'])
const UNAVAILABLE_MESSAGES = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|timeout exceeded when trying to connect|the database system is (?:starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Can't reach database server|connection (?:is )?closed|Client has encountered a connection error|Unable to start a transaction in the given time/i

/**
 * Is this failure an unreachable, restarting or saturated database (answer 503, try again soon)
 * rather than a bug? "Unable to start a transaction in the given time" is a pool with no free
 * connection within its wait: capacity, not a fault of the request.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const candidate = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } }
  if (typeof candidate.code === 'string' && (UNAVAILABLE_SQLSTATES.has(candidate.code) || candidate.code === 'P1001' || candidate.code === 'P1017')) return true
  if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) return true
  return isDatabaseUnavailable(candidate.cause, depth + 1) || isDatabaseUnavailable(candidate.meta?.driverAdapterError, depth + 1)
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

/** Turns a unique-index violation into a CONFLICT with the given message; rethrows the rest. */
export function mapUniqueViolation(error: unknown, message: string): never {
  if (isUniqueViolation(error)) throw conflict(message)
  throw error
}

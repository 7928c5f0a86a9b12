// next-auth's endpoints, with rate limits in front of the ones that take a password or send
// mail: per account and per IP, counted in PostgreSQL, answered with 429 and Retry-After.
import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth/options'
import { AppError } from '@/lib/errors'
import { clientIp } from '@/lib/http/client-ip'
import { consumeRateLimit } from '@/lib/rate-limit'

const handler = NextAuth(authOptions)

type RouteContext = { params: Promise<{ nextauth: string[] }> }

const limited: Record<string, 'signIn' | 'magicLink'> = {
  'callback/credentials': 'signIn',
  'signin/email': 'magicLink',
}

export async function GET(request: Request, context: RouteContext) {
  return handler(request, { params: await context.params })
}

export async function POST(request: Request, context: RouteContext) {
  const params = await context.params
  const limit = limited[params.nextauth.join('/')]
  if (limit) {
    const form = new URLSearchParams(await request.clone().text())
    const email = form.get('email')?.slice(0, 254) ?? null
    try {
      await consumeRateLimit(limit, { account: email, ip: clientIp(request.headers) })
    } catch (error) {
      if (error instanceof AppError && error.code === 'RATE_LIMITED') {
        return Response.json(
          { error: { code: error.code, message: error.message } },
          { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds ?? 60) } },
        )
      }
      throw error
    }
  }
  return handler(request, { params })
}

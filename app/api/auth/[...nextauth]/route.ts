// next-auth's endpoints, with rate limits in front of the ones that take a password or send
// mail, counted in PostgreSQL, answered with 429 and Retry-After. Password sign-in is throttled
// per account + IP and per IP, and slowed down (never locked) per account: lib/auth/sign-in-throttle.ts.
import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth/options'
import { AppError } from '@/lib/errors'
import { checkSignInAttempt } from '@/lib/auth/sign-in-throttle'
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
    const ip = clientIp(request.headers)
    try {
      await consumeRateLimit(limit, { account: email, ip })
      if (limit === 'signIn') {
        const { delayMs } = await checkSignInAttempt({ email, ip })
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
      }
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

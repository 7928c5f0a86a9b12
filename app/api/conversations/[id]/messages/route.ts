// GET /api/conversations/:id/messages?after=ISO — the live thread's polling read. Authorised like
// the thread page (lib/messaging/get-conversation.ts): a conversation the caller may not see is
// 404 whether it exists or not. Never cached.
// POST /api/conversations/:id/messages — a reply as JSON `{ body, clientKey?, internal? }`, for
// clients other than the thread page's form. Same service and rules as the form; `clientKey` makes
// a retried send create one message (201 when created, 200 with the same id when already there).
// Cross-site posts are refused: JSON only (a cross-origin JSON post needs a preflight, which is
// never granted) and an Origin, when sent, must be this site.
import { apiErrorResponse } from '@/lib/api/handler'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { listMessagesAfter, sendMessage } from '@/lib/messaging'
import { isSameOrigin } from '@/lib/http/same-origin'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const after = new URL(request.url).searchParams.get('after') ?? undefined
    const messages = await listMessagesAfter(await getCurrentUser(), { conversationId: (await params).id, after })
    return Response.json(
      { messages: messages.map(({ source: _source, ...message }) => message) },
      { headers: { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } },
    )
  } catch (error) {
    const response = apiErrorResponse(error)
    response.headers.delete('Access-Control-Allow-Origin')
    return response
  }
}

const MAX_BODY_BYTES = 64 * 1024

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' }
  try {
    const user = await getCurrentUser()
    if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
    if (!isSameOrigin(request)) throw new AppError('FORBIDDEN', 'Cross-site posts are refused.')
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      throw new AppError('INVALID', 'Send the message as JSON (Content-Type: application/json).')
    }
    const text = await request.text()
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError('INVALID', 'The request is too large.')
    let input: unknown
    try {
      input = JSON.parse(text)
    } catch {
      throw new AppError('INVALID', 'The request is not valid JSON.')
    }
    if (!input || typeof input !== 'object' || Array.isArray(input)) throw new AppError('INVALID', 'The request must be a JSON object.')
    const { body, clientKey, internal } = input as Record<string, unknown>
    const result = await sendMessage(user, { conversationId: (await params).id, body, clientKey, internal })
    return Response.json({ message: { id: result.id, conversationId: result.conversationId } }, { status: result.created ? 201 : 200, headers })
  } catch (error) {
    const response = apiErrorResponse(error)
    response.headers.delete('Access-Control-Allow-Origin')
    return response
  }
}

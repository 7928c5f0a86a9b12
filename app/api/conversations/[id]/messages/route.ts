// GET /api/conversations/:id/messages?after=ISO — the live thread's polling read. Authorised like
// the thread page (lib/messaging/get-conversation.ts): a conversation the caller may not see is
// 404 whether it exists or not. Never cached.
import { apiErrorResponse } from '@/lib/api/handler'
import { getCurrentUser } from '@/lib/auth/session'
import { listMessagesAfter } from '@/lib/messaging'

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

// GET /api/message-files/:id — the bytes of a file on a message. readMessageAttachment decides
// who may read it (whoever may see the message: the conversation's cities and hub, internal
// notes for the hub's side only, hidden messages for nobody) and answers NOT_FOUND to everyone
// else, signed in or not. Never cached publicly, never sniffed or run.
import { FILE_CSP, fileHeaders } from '@/components/authoring/server/http'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { messagingErrorResult } from '@/lib/messaging/action-result'
import { readMessageAttachment } from '@/lib/messaging'

export const dynamic = 'force-dynamic'

const errorHeaders = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': FILE_CSP }

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const file = await readMessageAttachment(await getCurrentUser(), (await params).id)
    return new Response(new Uint8Array(file.bytes), { status: 200, headers: fileHeaders(file) })
  } catch (error) {
    const result = await messagingErrorResult(error)
    const notFound = error instanceof AppError
    return Response.json(
      { error: { code: notFound ? 'NOT_FOUND' : 'INTERNAL', message: result.status === 'error' ? result.message : '' } },
      { status: notFound ? 404 : 500, headers: errorHeaders },
    )
  }
}

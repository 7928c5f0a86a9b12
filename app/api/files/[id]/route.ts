// GET /api/files/:id — the bytes of a case-study file. readAttachment decides who may read it
// (anyone for a published case study, otherwise those who may view its drafts) and answers
// NOT_FOUND to everyone else, signed in or not, so a draft's files reveal nothing. The response
// is never sniffed or run (see components/authoring/server/http.ts for the headers).
import { authoringErrorResult } from '@/components/authoring/server/errors'
import { FILE_CSP, fileHeaders } from '@/components/authoring/server/http'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { readAttachment } from '@/lib/uploads'

const errorHeaders = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': FILE_CSP }

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const file = await readAttachment(await getCurrentUser(), (await params).id)
    const headers = fileHeaders(file)
    if (file.isPublic && request.headers.get('if-none-match') === headers.ETag) {
      const { 'Content-Length': _length, ...rest } = headers
      return new Response(null, { status: 304, headers: rest })
    }
    return new Response(new Uint8Array(file.bytes), { status: 200, headers })
  } catch (error) {
    const result = await authoringErrorResult(error)
    const notFound = error instanceof AppError
    return Response.json(
      { error: { code: notFound ? 'NOT_FOUND' : 'INTERNAL', message: result.message } },
      { status: notFound ? 404 : 500, headers: errorHeaders },
    )
  }
}

// GET /api/files/:id — the bytes of a case-study file. readAttachment decides who may read it
// (anyone for a published case study, otherwise those who may view its drafts) and answers
// NOT_FOUND to everyone else, signed in or not, so a draft's files reveal nothing. The response
// is never sniffed or run (see components/authoring/server/http.ts for the headers).
// `?w=320|640|960|1280` answers an image resized to that width (for srcset; never enlarged).
import { authoringErrorResult } from '@/components/authoring/server/errors'
import { FILE_CSP, fileHeaders } from '@/components/authoring/server/http'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { parseImageWidth, readAttachment, resizedImage } from '@/lib/uploads'

const errorHeaders = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': FILE_CSP }

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const original = await readAttachment(await getCurrentUser(), (await params).id)
    const width = parseImageWidth(new URL(request.url).searchParams.get('w'))
    const file = width ? await resizedImage(original, width) : original
    const headers = fileHeaders(file)
    if (file.isPublic && request.headers.get('if-none-match') === headers.ETag) {
      const { 'Content-Length': _length, ...rest } = headers
      return new Response(null, { status: 304, headers: rest })
    }
    return new Response(new Uint8Array(file.bytes), { status: 200, headers })
  } catch (error) {
    const result = await authoringErrorResult(error)
    const code = error instanceof AppError && error.code === 'INVALID' ? 'INVALID' : error instanceof AppError ? 'NOT_FOUND' : 'INTERNAL'
    const status = code === 'INVALID' ? 422 : code === 'NOT_FOUND' ? 404 : 500
    const message = code === 'INVALID' ? (error as AppError).message : result.message
    return Response.json({ error: { code, message } }, { status, headers: errorHeaders })
  }
}

// POST /api/case-studies/:id/attachments — an official adds an image or a PDF to a case study
// (multipart/form-data: file, kind IMAGE|PDF (inferred from the file when absent), altText,
// asCover). The upload form posts here with XMLHttpRequest to show upload progress.
//
// Order: who is asking (401), may they add files to this case study now (404/403/409), is it
// multipart (422), is it small enough (Content-Length, then a streamed cap: 413), and only then
// the body is parsed and handed to addCaseStudyAttachment, which checks everything again and
// judges the file by its bytes (422 for a refused type). Errors are JSON
// `{ error: { code, message, fields? } }` with the message in the user's language.
import { authoringErrorResult, problemMessage } from '@/components/authoring/server/errors'
import { declaredContentLength, readCappedBody } from '@/components/authoring/server/http'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { getCaseStudyDraft } from '@/lib/case-studies'
import { AppError, httpStatus } from '@/lib/errors'
import { addCaseStudyAttachment } from '@/lib/uploads'
import { MAX_PDF_BYTES } from '@/lib/uploads/inspect'
import { IdSchema } from '@/lib/validation/case-study'
import { isSameOrigin } from '@/lib/http/same-origin'

/** The largest file plus room for the multipart envelope and the other fields. */
const MAX_BODY_BYTES = MAX_PDF_BYTES + 256 * 1024

const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

async function errorResponse(error: unknown): Promise<Response> {
  const result = await authoringErrorResult(error)
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: result.message, ...(result.fields ? { fields: result.fields } : {}) } }
    const retry: Record<string, string> = error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : {}
    return Response.json(body, { status: httpStatus[error.code], headers: { ...headers, ...retry } })
  }
  return Response.json({ error: { code: 'INTERNAL', message: result.message } }, { status: 500, headers })
}

async function tooLarge(): Promise<Response> {
  const message = (await problemMessage('fileTooLarge')) ?? 'This file is too large.'
  return Response.json({ error: { code: 'PAYLOAD_TOO_LARGE', message } }, { status: 413, headers: { ...headers, Connection: 'close' } })
}

const invalid = (key: string, fields?: Record<string, string[]>) =>
  new AppError('INVALID', 'The upload could not be read.', { key, fields })

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await getCurrentUser()
    if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
    if (!isSameOrigin(request)) throw new AppError('FORBIDDEN', 'Cross-site uploads are refused.')
    const id = IdSchema.safeParse((await params).id)
    if (!id.success) throw new AppError('NOT_FOUND', 'Case study not found.')

    // Refuse early, before the body is read: not visible (404), not theirs (403), not now (409).
    const draft = await getCaseStudyDraft(user, { caseStudyId: id.data })
    if (!draft.allowedActions.includes('addAttachment')) {
      if (!can(user, 'caseStudy.edit', { cityId: draft.city.id })) throw new AppError('FORBIDDEN', 'You are not allowed to do this.')
      throw new AppError('CONFLICT', 'Files can be added only while the case study is not public.', { key: 'attachmentsLocked' })
    }

    const contentType = request.headers.get('content-type') ?? ''
    if (!/^multipart\/form-data;/i.test(contentType)) throw invalid('notMultipart')
    const declared = declaredContentLength(request.headers.get('content-length'))
    if (declared !== undefined && declared > MAX_BODY_BYTES) return tooLarge()
    const body = await readCappedBody(request.body, MAX_BODY_BYTES, declared)
    if (body.status !== 'ok') return tooLarge()

    let form: FormData
    try {
      form = await new Response(body.bytes as BodyInit, { headers: { 'content-type': contentType } }).formData()
    } catch {
      throw invalid('notMultipart')
    }
    const file = form.get('file')
    if (!(file instanceof File) || file.size === 0) throw invalid('noFile', { file: ['fileRequired'] })
    const declaredKind = form.get('kind')
    const kind =
      declaredKind === 'IMAGE' || declaredKind === 'PDF'
        ? declaredKind
        : file.type === 'application/pdf' || /\.pdf$/i.test(file.name)
          ? 'PDF'
          : 'IMAGE'
    const altText = typeof form.get('altText') === 'string' ? (form.get('altText') as string).trim() : ''
    // Images need a text alternative for people who cannot see them.
    if (kind === 'IMAGE' && !altText) throw invalid('altTextMissing', { altText: ['altTextRequired'] })

    const attachment = await addCaseStudyAttachment(user, {
      caseStudyId: id.data,
      kind,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      altText: altText || undefined,
      asCover: form.get('asCover') ?? undefined,
    })
    return Response.json({ attachment }, { status: 201, headers })
  } catch (error) {
    return errorResponse(error)
  }
}

// Files on messages; building blocks of the messaging services, not a service itself.
//
// Decisions:
// - The same rules as case-study files (lib/uploads): judged by their bytes, never their name or
//   declared type; PNG, JPEG and WebP re-encoded without metadata; PDFs checked and always
//   downloaded; the same size limits. The kind is what the bytes are.
// - Every file of a message is judged before anything is stored: one refused file refuses the
//   whole message and nothing changes (no row, no bytes on disk).
// - Bytes are written under random keys before the transaction; if it does not commit, the
//   caller discards them again. A crash in between leaves an orphan file, never a row pointing
//   at nothing.
// - A file is readable exactly when its message is (lib/messaging/read-message-attachment.ts).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import type { Prisma } from '@/lib/generated/prisma/client'
import { sanitiseFileName } from '@/lib/uploads/file-name'
import { getFileStore, newStorageKey } from '@/lib/uploads/file-store'
import { inspectFile } from '@/lib/uploads/inspect'
import { processUpload, type ProcessedUpload } from '@/lib/uploads/process-upload'
import { assertCityStorage, consumeUploadQuota } from '@/lib/uploads/quota'

type Tx = Prisma.TransactionClient

export type IncomingFile = { fileName: string; bytes: Uint8Array }
export type StoredFile = Omit<ProcessedUpload, 'bytes' | 'extension'> & { fileName: string; storageKey: string }

/** What the thread shows under a message. */
export type MessageAttachmentLink = { id: string; kind: 'IMAGE' | 'PDF'; fileName: string; byteSize: number }

export const messageAttachmentLink = {
  id: true,
  kind: true,
  fileName: true,
  byteSize: true,
} satisfies Prisma.AttachmentSelect

/**
 * Counts the files against the sender's hourly quota (RATE_LIMITED when over), judges and
 * re-encodes every file (AppError INVALID on the first refused one), then stores them all.
 */
export async function storeMessageFiles(files: IncomingFile[], uploaderId: string): Promise<{ stored: StoredFile[]; discard: () => Promise<void> }> {
  await consumeUploadQuota(uploaderId, files.length)
  const processed: (ProcessedUpload & { fileName: string })[] = []
  for (const file of files) {
    const inspected = await inspectFile(file.bytes)
    const upload = await processUpload(inspected.kind, file.bytes)
    processed.push({ ...upload, fileName: sanitiseFileName(file.fileName, upload.extension) })
  }
  const store = getFileStore()
  const stored: StoredFile[] = []
  const discard = async () => {
    await Promise.all(
      stored.map((file) =>
        store.delete(file.storageKey).catch((error) => console.error('could not delete an uncommitted message file', error)),
      ),
    )
  }
  try {
    for (const { bytes, extension: _extension, ...file } of processed) {
      const storageKey = newStorageKey()
      await store.put(storageKey, bytes, file.mimeType)
      stored.push({ ...file, storageKey })
    }
  } catch (error) {
    await discard()
    throw error
  }
  return { stored, discard }
}

/** The rows of stored files, attached to a message in the caller's transaction, within the sender's city's storage. */
export async function attachStoredFiles(tx: Tx, messageId: string, uploader: Pick<Actor, 'id' | 'city'>, files: StoredFile[]) {
  if (!files.length) return
  const uploadedById = uploader.id
  await assertCityStorage(tx, uploader.city?.id, files.reduce((sum, file) => sum + file.byteSize, 0))
  await tx.attachment.createMany({
    data: files.map((file) => ({
      kind: file.kind,
      storageKey: file.storageKey,
      fileName: file.fileName,
      mimeType: file.mimeType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      width: file.width,
      height: file.height,
      messageId,
      uploadedById,
    })),
  })
}

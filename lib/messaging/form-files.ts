// The files of a submitted message form, as the messaging services take them. An empty file
// input still sends one empty file (named "blob" by the time it arrives): that is no file, and
// neither is any other empty one. Not a service.
import { formOf } from '@/lib/actions/form'
import 'server-only'

export async function filesFromForm(form: FormData, name = 'files') {
  const chosen = formOf(form, name).getAll(name).filter((value): value is File => value instanceof File && value.size > 0)
  return Promise.all(chosen.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })))
}

// The files of a submitted message form, as the messaging services take them. An empty file
// input still sends one nameless, empty file: that is no file. Not a service.
import 'server-only'

export async function filesFromForm(form: FormData, name = 'files') {
  const chosen = form.getAll(name).filter((value): value is File => value instanceof File && (value.size > 0 || value.name !== ''))
  return Promise.all(chosen.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })))
}

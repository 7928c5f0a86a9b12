// Reading a message form's files: chosen files pass with their names and bytes; the empty file
// an untouched file input sends (whatever it is named on arrival) is no file.
import { describe, expect, it } from 'vitest'
import { filesFromForm } from '@/lib/messaging/form-files'

describe('filesFromForm', () => {
  it('keeps chosen files and drops empty ones', async () => {
    const form = new FormData()
    form.append('body', 'Hello')
    form.append('files', new File([new Uint8Array([37, 80, 68, 70])], 'minutes.pdf', { type: 'application/pdf' }))
    form.append('files', new File([], '', { type: 'application/octet-stream' }))
    form.append('files', new File([], 'blob'))
    form.append('files', 'not a file')
    const files = await filesFromForm(form)
    expect(files).toEqual([{ fileName: 'minutes.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }])
  })

  it('reads nothing from a form without files', async () => {
    expect(await filesFromForm(new FormData())).toEqual([])
  })
})

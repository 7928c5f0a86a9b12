// Reading a server action's form. An action is a public endpoint: whoever posts to it chooses
// its arguments, and `form` may arrive as a string, a number or an object instead of FormData.
// Every action reads its fields through here, so such a post gets a field error (INVALID), like
// any other bad input, instead of a TypeError and "Something went wrong".
import 'server-only'
import { AppError } from '@/lib/errors'

/** The argument as FormData, or INVALID (a form error on `field`) when it is anything else. */
export function formOf(form: unknown, field = 'form'): FormData {
  if (form instanceof FormData) return form
  throw new AppError('INVALID', 'The form could not be read.', { fields: { [field]: ['invalid'] } })
}

/** One field's value as posted (a string, a File, or null); INVALID when `form` is not a form. */
export function formValue(form: unknown, name: string): FormDataEntryValue | null {
  return formOf(form, name).get(name)
}

// Long fields go to the engine paragraph by paragraph (engines limit a request's size; a
// LibreTranslate server often limits characters per text), and come back joined by exactly the
// blank lines they had. Requests carry at most MAX_BATCH_CHARACTERS of text.
const MAX_SEGMENT = 4_000
export const MAX_BATCH_CHARACTERS = 20_000

/** Alternating text and separators ("\n\n"...): translate the even items, keep the odd ones. */
export function splitParagraphs(text: string): string[] {
  const parts = text.split(/(\n{2,})/)
  const result: string[] = []
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!
    if (index % 2 === 1 || part.length <= MAX_SEGMENT) {
      result.push(part)
      continue
    }
    // A paragraph too long for one text: cut at line ends, else at spaces, else hard.
    let rest = part
    while (rest.length > MAX_SEGMENT) {
      const window = rest.slice(0, MAX_SEGMENT)
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '))
      const at = cut > MAX_SEGMENT / 2 ? cut + 1 : MAX_SEGMENT
      result.push(rest.slice(0, at), '')
      rest = rest.slice(at)
    }
    result.push(rest)
  }
  return result
}

/** Groups texts into batches of at most MAX_BATCH_CHARACTERS (a longer text goes alone). */
export function batches(texts: string[]): string[][] {
  const result: string[][] = []
  let current: string[] = []
  let size = 0
  for (const text of texts) {
    if (current.length && size + text.length > MAX_BATCH_CHARACTERS) {
      result.push(current)
      current = []
      size = 0
    }
    current.push(text)
    size += text.length
  }
  if (current.length) result.push(current)
  return result
}

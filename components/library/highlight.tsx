// A title or summary with the reader's search words marked (<mark>), matched the way the index
// matches them (the text stemmed in its own language, each search word standing for its forms in
// every language), so "repairing" marks "repaired" and "reciclaje" marks "reciclado". Unmarked
// runs stay one string each, so the page carries little more than the text.
import type { ReactNode } from 'react'
import { isQueryStop, queryForms, stemForms } from '@/lib/search/text'

const TOKEN = /([\p{L}\p{N}][\p{L}\p{N}\p{M}]*)/u

export function Highlight({ text, words, language = 'en' }: { text: string; words: string[]; language?: string }): ReactNode {
  const wanted = new Set(words.filter((word) => !isQueryStop(word)).flatMap(queryForms))
  if (!wanted.size) return text
  const out: ReactNode[] = []
  let run = ''
  text.split(TOKEN).forEach((part, i) => {
    const marked = i % 2 === 1 && stemForms(part.toLowerCase(), language).some((term) => wanted.has(term))
    if (marked) {
      if (run) out.push(run)
      run = ''
      out.push(<mark key={i}>{part}</mark>)
    } else {
      run += part
    }
  })
  if (run) out.push(run)
  return out.length === 1 ? out[0] : out
}

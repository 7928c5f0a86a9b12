// A title or summary with the reader's search words marked (<mark>), matched the way the index
// matches them (folded and stemmed), so "repairing" marks "repaired". Unmarked runs stay one
// string each, so the page carries little more than the text.
import type { ReactNode } from 'react'
import { fold, stem } from '@/lib/search/text'

const TOKEN = /([\p{L}\p{N}]+)/u

export function Highlight({ text, words }: { text: string; words: string[] }): ReactNode {
  const wanted = new Set(words.map((word) => stem(fold(word))).filter((term): term is string => !!term))
  if (!wanted.size) return text
  const out: ReactNode[] = []
  let run = ''
  text.split(TOKEN).forEach((part, i) => {
    const term = i % 2 === 1 ? stem(fold(part)) : null
    if (term && wanted.has(term)) {
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

// A subject's fields through an engine: glossary terms protected, long fields cut into
// paragraphs, every piece translated, then put back together. Either every field comes back
// translated or this throws: a half-done translation never leaves here.
import type { MachineEngine } from './engines'
import { protectTerms, restoreTerms } from './glossary'
import { batches, splitParagraphs } from './segments'

export async function translateFields(engine: MachineEngine, fields: Record<string, string>, source: string, target: string): Promise<Record<string, string>> {
  const replacements: string[] = []
  const pieces: { field: string; parts: string[]; toSend: number[] }[] = []
  const queue: string[] = []
  for (const [field, text] of Object.entries(fields)) {
    const parts = splitParagraphs(protectTerms(text, source, target, replacements).text)
    const toSend: number[] = []
    parts.forEach((part, index) => {
      if (index % 2 === 0 && part.trim() !== '') {
        toSend.push(queue.length)
        queue.push(part.trim())
      }
    })
    pieces.push({ field, parts, toSend })
  }
  const translated: string[] = []
  for (const batch of batches(queue)) translated.push(...(await engine.translate(batch, source, target)))
  const result: Record<string, string> = {}
  for (const { field, parts, toSend } of pieces) {
    let next = 0
    // Each piece keeps the white space around it (engines trim it).
    const joined = parts
      .map((part, index) => {
        if (index % 2 === 1 || part.trim() === '') return part
        const [, before = '', after = ''] = /^(\s*)[\s\S]*?(\s*)$/.exec(part) ?? []
        return `${before}${translated[toSend[next++]!]!.trim()}${after}`
      })
      .join('')
    result[field] = restoreTerms(joined, replacements).trim()
  }
  return result
}

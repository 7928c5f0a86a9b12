// Markdown as a reader reads it: the text of each block (headings, paragraphs, list items,
// quotes, code, table rows) without the syntax around it, blocks separated by a blank line.
// Used to compare two versions of a text for people (lib/case-studies/diff-revisions.ts): "**40**
// crates" → "40 crates" is no change to a reader, a trailing newline neither. Raw HTML is
// dropped, as the renderer (render.ts) drops it. Parsing is bounded by the text's own size limit.
import type { Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const parser = unified().use(remarkParse).use(remarkGfm)

function inlineText(node: Nodes): string {
  if (node.type === 'html') return ''
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  if (node.type === 'break') return '\n'
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('')
  return ''
}

const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim()

function blocks(node: Nodes): string[] {
  switch (node.type) {
    case 'root':
    case 'blockquote':
    case 'list':
    case 'listItem':
    case 'footnoteDefinition':
      return (node.children as Nodes[]).flatMap(blocks)
    case 'table':
      return node.children.map((row) => row.children.map((cell) => tidy(inlineText(cell))).join(' | '))
    case 'code':
      return node.value.trim() ? [node.value.replace(/\s+$/, '')] : []
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return []
    default: {
      const text = tidy(inlineText(node))
      return text ? [text] : []
    }
  }
}

export function markdownToReadText(markdown: string): string {
  return blocks(parser.parse(markdown) as Root).join('\n\n')
}

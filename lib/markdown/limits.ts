// What Markdown the full parser may see. A CommonMark parser is correct but not linear on every
// input: runs of unmatched emphasis delimiters cost O(n²) (50 KB of `*a` took 40 s under the
// micromark parser this portal used first), every `>` or list marker is one more level of
// nesting (10,000 of them overflowed its stack), and tables cost per cell. One official's text
// must not block the event loop that serves everyone, so before parsing we scan the input once,
// in linear time, and refuse to parse what would be expensive: such input is shown as escaped
// text instead (lib/markdown/render.ts).
//
// Decisions:
// - Limits are per block (text between blank lines), where the parser's quadratic resolution
//   happens, plus a few per document; fenced code is skipped, since nothing inside it is parsed
//   as Markdown. Counting per block over-counts (a list is one block), which can only make the
//   guard stricter, never let an expensive input through.
// - The limits sit far above what real case studies and messages use (a long paragraph has a few
//   dozen emphasis marks) and low enough that the worst input under them renders in well under
//   50 ms (see `npm run bench:markdown`, whose inputs are also unit tests).
export const MARKDOWN_LIMITS = {
  /** Characters given to the parser at all; longer text is shown as text. */
  maxLength: 60_000,
  /** Container levels on one line: `>`, list markers and list indentation (2 columns a level). */
  maxDepth: 12,
  /** Emphasis and strikethrough delimiters (`*`, `_`, `~`) in one block. */
  maxDelimitersPerBlock: 200,
  /** Link and image brackets (`[`, `]`) in one block. */
  maxBracketsPerBlock: 200,
  /** Backticks outside fenced code in one block. */
  maxBackticksPerBlock: 200,
  /** `<` in one block (autolinks and raw HTML, which is dropped, are still tokenised). */
  maxAnglesPerBlock: 200,
  /** The same marks in the whole document: each costs the parser more than a letter. */
  maxDelimiters: 2_000,
  maxBrackets: 1_000,
  maxBackticks: 1_000,
  maxAngles: 1_000,
  /** `&` (character references are decoded one by one). */
  maxAmpersands: 1_000,
  /** Container levels summed over all lines (a 12-deep quote is 12): nesting is costly per level. */
  maxTotalDepth: 1_000,
  /** Table cell separators (`|`) in the whole document. */
  maxPipes: 800,
  /** Blocks in the whole document. */
  maxBlocks: 2_000,
} as const

export type MarkdownRefusal =
  | 'length'
  | 'depth'
  | 'delimiters'
  | 'brackets'
  | 'backticks'
  | 'angles'
  | 'pipes'
  | 'ampersands'
  | 'blocks'

const SPACE = 32
const TAB = 9

/** Container levels opened at the start of `line`: indentation, `>` and list markers. */
function lineDepth(line: string): number {
  let depth = 0
  let indent = 0
  let index = 0
  let atStart = true
  while (index < line.length) {
    const code = line.charCodeAt(index)
    if (code === SPACE || code === TAB) {
      if (atStart) indent += code === TAB ? 4 : 1
      index += 1
      continue
    }
    atStart = false
    const char = line[index]!
    if (char === '>') {
      depth += 1
      index += 1
      continue
    }
    if ((char === '-' || char === '*' || char === '+') && (index + 1 >= line.length || line.charCodeAt(index + 1) === SPACE || line.charCodeAt(index + 1) === TAB)) {
      depth += 1
      index += 1
      continue
    }
    let digits = index
    while (digits < line.length && digits - index < 10 && line.charCodeAt(digits) >= 48 && line.charCodeAt(digits) <= 57) digits += 1
    if (digits > index && (line[digits] === '.' || line[digits] === ')') && (digits + 1 >= line.length || line.charCodeAt(digits + 1) === SPACE || line.charCodeAt(digits + 1) === TAB)) {
      depth += 1
      index = digits + 1
      continue
    }
    break
  }
  return depth === 0 ? 0 : depth + Math.floor(indent / 2)
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Marks counted in a block and in the whole document. */
type Marks = { delimiters: number; brackets: number; backticks: number; angles: number }
const noMarks = (): Marks => ({ delimiters: 0, brackets: 0, backticks: 0, angles: 0 })

/**
 * Why `markdown` must not be parsed, or null when it may. One pass over the text: cost linear
 * in its length whatever it contains.
 */
export function assessMarkdown(markdown: string): MarkdownRefusal | null {
  const limits = MARKDOWN_LIMITS
  if (markdown.length > limits.maxLength) return 'length'
  let block = noMarks()
  const total = noMarks()
  let pipes = 0
  let ampersands = 0
  let blocks = 0
  let totalDepth = 0
  let fence: string | null = null
  let inBlock = false
  let start = 0
  while (start <= markdown.length) {
    let end = markdown.indexOf('\n', start)
    if (end === -1) end = markdown.length
    const line = markdown.slice(start, end)
    start = end + 1

    const fenceMatch = FENCE.exec(line)
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!
      continue
    }
    if (line.trim() === '') {
      inBlock = false
      block = noMarks()
      continue
    }
    if (!inBlock) {
      inBlock = true
      blocks += 1
      if (blocks > limits.maxBlocks) return 'blocks'
    }
    const depth = lineDepth(line)
    totalDepth += depth
    if (depth > limits.maxDepth || totalDepth > limits.maxTotalDepth) return 'depth'
    for (let index = 0; index < line.length; index += 1) {
      let mark: keyof Marks | null = null
      switch (line[index]) {
        case '*':
        case '_':
        case '~':
          mark = 'delimiters'
          break
        case '[':
        case ']':
          mark = 'brackets'
          break
        case '`':
          mark = 'backticks'
          break
        case '<':
          mark = 'angles'
          break
        case '|':
          pipes += 1
          break
        case '&':
          ampersands += 1
          break
      }
      if (mark !== null) {
        block[mark] += 1
        total[mark] += 1
      }
    }
    if (block.delimiters > limits.maxDelimitersPerBlock || total.delimiters > limits.maxDelimiters) return 'delimiters'
    if (block.brackets > limits.maxBracketsPerBlock || total.brackets > limits.maxBrackets) return 'brackets'
    if (block.backticks > limits.maxBackticksPerBlock || total.backticks > limits.maxBackticks) return 'backticks'
    if (block.angles > limits.maxAnglesPerBlock || total.angles > limits.maxAngles) return 'angles'
    if (pipes > limits.maxPipes) return 'pipes'
    if (ampersands > limits.maxAmpersands) return 'ampersands'
  }
  return null
}

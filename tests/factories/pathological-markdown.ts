// Pathological Markdown at the size limits: what one official could store to make every reader's
// page slow or broken. `npm run bench:markdown` times each; tests/unit/markdown-limits.test.ts
// keeps them as cases (output produced and bounded). The "at the per-block limit" inputs fill
// 50 KB with blocks that each just pass one per-block limit of lib/markdown/limits.ts (the
// per-document limits then apply); the "parsed" rows at the end are the most expensive inputs the
// guard lets through to the full parser.
import { MARKDOWN_LIMITS } from '@/lib/markdown/limits'

export const MARKDOWN_SIZE = 50_000

const fill = (unit: string, size = MARKDOWN_SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/** Blocks of `block` separated by blank lines, up to the size limit. */
const blocks = (block: string) => fill(`${block}\n\n`)

const prose =
  'The city of Riverton (an example) collected **organic waste** from 12,000 households in _2025_, ' +
  'see [the report](https://example.org/report) and `compost-v2` for details.\n\n'

export const pathologicalMarkdown: [string, string][] = [
  ['`*a` repeated to 50 KB', fill('*a')],
  ['`**a` repeated to 50 KB', fill('**a')],
  ['`_a` repeated to 50 KB', fill('_a')],
  ['`a*b_` repeated to 50 KB', fill('a*b_')],
  ['`~~a` repeated to 50 KB', fill('~~a')],
  ['10,000 nested `>`', '>'.repeat(10_000) + ' deep'],
  ['10,000 nested `> `', '> '.repeat(10_000) + 'deep'],
  ['3,000 nested `>` (a message)', '>'.repeat(3_000) + ' deep'],
  ['2,000 lists nested by indentation', Array.from({ length: 2_000 }, (_, level) => `${' '.repeat(level * 2)}- item`).join('\n').slice(0, MARKDOWN_SIZE)],
  ['10,000 list markers on one line', '- '.repeat(10_000) + 'x'],
  ['5,000 ordered markers on one line', '1. '.repeat(5_000) + 'x'],
  ['`[` repeated to 50 KB', fill('[')],
  ['`[a](` repeated to 50 KB', fill('[a](')],
  ['`![a](` repeated to 50 KB', fill('![a](')],
  ['`](` repeated to 50 KB', fill(']([')],
  ['`[a]` references repeated to 50 KB', fill('[a] ') + '\n\n[a]: https://example.org'],
  ['backticks repeated to 50 KB', fill('`')],
  ['`` `a `` repeated to 50 KB', fill('`a')],
  ['`<` repeated to 50 KB', fill('<')],
  ['`<a` repeated to 50 KB', fill('<a ')],
  ['`&#` entities repeated to 50 KB', fill('&#123;&amp;')],
  ['a table of 100 columns to 50 KB', `${'|a'.repeat(100)}|\n${'|-'.repeat(100)}|\n${fill(`${'|a'.repeat(100)}|\n`, MARKDOWN_SIZE - 500)}`],
  ['one line of 50 KB (parsed)', fill('a')],
  ['50 KB of blank-line-separated paragraphs', fill('a\n\n')],
  ['emphasis nested 100 deep', blocks(`${'*'.repeat(99)}a${'*'.repeat(99)}`)],
  // At the limits.
  ['blocks of `*a` at the per-block delimiter limit', blocks('*a'.repeat(MARKDOWN_LIMITS.maxDelimitersPerBlock))],
  ['blocks of `**a` at the per-block delimiter limit', blocks('**a'.repeat(MARKDOWN_LIMITS.maxDelimitersPerBlock / 2))],
  ['blocks of `[a](` at the per-block bracket limit', blocks('[a]('.repeat(MARKDOWN_LIMITS.maxBracketsPerBlock / 2))],
  ['blocks of `[` at the per-block bracket limit', blocks('['.repeat(MARKDOWN_LIMITS.maxBracketsPerBlock))],
  ['blocks of backticks at the per-block backtick limit', blocks('`a'.repeat(MARKDOWN_LIMITS.maxBackticksPerBlock))],
  ['blocks of `<a` at the per-block angle limit', blocks('<a '.repeat(MARKDOWN_LIMITS.maxAnglesPerBlock))],
  ['quotes nested at the depth limit, to 50 KB', blocks(`${'> '.repeat(MARKDOWN_LIMITS.maxDepth)}deep`)],
  ['lists nested at the depth limit, to 50 KB', blocks(Array.from({ length: MARKDOWN_LIMITS.maxDepth / 3 }, (_, level) => `${' '.repeat(level * 2)}- item`).join('\n'))],
  ['a table at the pipe limit (parsed)', `${'|a'.repeat(30)}|\n${'|-'.repeat(30)}|\n${`${'|a'.repeat(30)}|\n`.repeat(Math.floor(MARKDOWN_LIMITS.maxPipes / 31) - 2)}`],
  ['50 KB of ordinary prose with emphasis, links and code (parsed)', fill(prose)],
]

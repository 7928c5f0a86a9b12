// Rendering of user Markdown is bounded (lib/markdown/limits.ts): the pathological inputs of
// `npm run bench:markdown` must each give HTML, of bounded size, without throwing; the guard
// refuses deep nesting and long delimiter runs in one linear pass, and ordinary text still gets
// the full parser. On the renderer before the guard, 10,000 nested `>` threw "Maximum call stack
// size exceeded" (the 500 of issue 13) and `*a` x 50 KB took about 40 s; here they are text.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { assessMarkdown, MARKDOWN_LIMITS } from '@/lib/markdown/limits'
import { markdownToPlainText, renderAsText, renderMarkdown } from '@/lib/markdown/render'
import { pathologicalMarkdown } from '../factories/pathological-markdown'

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterAll(() => {
  vi.restoreAllMocks()
})

describe('pathological Markdown at the size limits', () => {
  it('keeps at least the inputs the issue names', () => {
    const names = pathologicalMarkdown.map(([name]) => name).join('\n')
    for (const kind of ['`*a` repeated', '10,000 nested `>`', 'lists nested', '`[a](`', 'backticks', 'table']) expect(names).toContain(kind)
  })

  for (const [name, input] of pathologicalMarkdown) {
    it(`renders ${name} to bounded HTML`, () => {
      const html = renderMarkdown(input)
      expect(html.length).toBeGreaterThan(0)
      // Escaping is at most `"` -> `&quot;` (6 characters) per input character, plus tags.
      expect(html.length).toBeLessThan(input.length * 6 + 10_000)
      expect(html).not.toMatch(/<script/i)
    })
  }
})

describe('assessMarkdown', () => {
  it('lets ordinary Markdown through to the parser', () => {
    const ordinary = '# Title\n\n> a quote\n> > nested\n\n- one\n  - two\n    - three\n\n**bold** _em_ `code` [a](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |'
    expect(assessMarkdown(ordinary)).toBeNull()
    expect(renderMarkdown(ordinary)).toContain('<blockquote>')
  })

  it('refuses nesting one level above the limit, and accepts it at the limit', () => {
    expect(assessMarkdown(`${'> '.repeat(MARKDOWN_LIMITS.maxDepth)}x`)).toBeNull()
    expect(assessMarkdown(`${'> '.repeat(MARKDOWN_LIMITS.maxDepth + 1)}x`)).toBe('depth')
    expect(assessMarkdown(`${'>'.repeat(MARKDOWN_LIMITS.maxDepth + 1)}x`)).toBe('depth')
    expect(assessMarkdown(`${' '.repeat(2 * MARKDOWN_LIMITS.maxDepth)}- x`)).toBe('depth')
  })

  it('refuses a block with too many emphasis delimiters, and counts per block', () => {
    const block = '*a'.repeat(MARKDOWN_LIMITS.maxDelimitersPerBlock)
    expect(assessMarkdown(block)).toBeNull()
    expect(assessMarkdown(`${block}*`)).toBe('delimiters')
    expect(assessMarkdown(`${block}\n\n${block}`)).toBeNull()
  })

  it('does not count what is inside fenced code', () => {
    expect(assessMarkdown(`\`\`\`\n${'*'.repeat(5_000)}\n\`\`\`\n\nafter`)).toBeNull()
  })

  it('refuses text over the length limit', () => {
    expect(assessMarkdown('a'.repeat(MARKDOWN_LIMITS.maxLength + 1))).toBe('length')
  })
})

describe('the text fallback', () => {
  it('escapes everything and keeps paragraphs and line breaks', () => {
    expect(renderAsText('a <b> & "c"\nnext\n\n\n*d*')).toBe('<p>a &lt;b&gt; &amp; &quot;c&quot;<br>\nnext</p>\n<p>*d*</p>')
  })

  it('is what a refused input renders as, with its words kept', () => {
    const input = `${'>'.repeat(3_000)} the words`
    expect(renderMarkdown(input)).toBe(renderAsText(input))
    expect(markdownToPlainText(input)).toContain('the words')
  })
})

import { describe, expect, it } from 'vitest'
import { markdownToReadText } from '@/lib/markdown/plain-text'

describe('markdownToReadText', () => {
  it('keeps what a reader reads, one block per paragraph', () => {
    expect(markdownToReadText('## What we did\n\nA **deposit** on [crates](https://example.org).\n\n- Kaneshie\n- Makola\n')).toBe(
      'What we did\n\nA deposit on crates.\n\nKaneshie\n\nMakola',
    )
  })

  it('drops raw HTML and ignores trailing newlines and spacing', () => {
    expect(markdownToReadText('One  line.\n\n<script>alert(1)</script>\n\n\n')).toBe('One line.')
    expect(markdownToReadText('Same text')).toBe(markdownToReadText('Same text\n'))
  })

  it('reads tables row by row and images by their text alternative', () => {
    expect(markdownToReadText('| Market | Crates |\n| --- | --- |\n| Makola | 40 |\n\n![Green crates](/api/files/x)')).toBe(
      'Market | Crates\n\nMakola | 40\n\nGreen crates',
    )
  })
})

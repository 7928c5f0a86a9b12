// The Markdown sanitiser against hostile input: whatever an author writes, the HTML has no
// script, no event handler, no dangerous URL, no remote image and no page-level heading.
import { describe, expect, it } from 'vitest'
import { isSameOriginPath, LINK_REL, markdownToPlainText, renderMarkdown } from '@/lib/markdown/render'

/** What must never be in the output, whatever the input. */
function expectSafe(html: string) {
  // Attribute values are escaped text: what matters is what stands outside them.
  const markup = html.replace(/="[^"]*"/g, '=""')
  expect(markup).not.toMatch(/\son[a-z]+\s*=/i)
  expect(markup).not.toMatch(/\sstyle\s*=/i)
  expect(markup).not.toMatch(/\s(class|id|name)\s*=/i)
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<(iframe|object|embed|svg|math|style|form|input|button|textarea|link|meta|base|frame|video|audio|template)\b/i)
  expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data|file):/i)
  expect(html).not.toContain('<!--')
  expect(html).not.toMatch(/<h1\b/i)
  for (const match of html.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/gi)) expect(isSameOriginPath(match[1])).toBe(true)
}

const hostile: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script in a paragraph', 'Hello <script src="https://evil.example/x.js"></script> world'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['event handler on a div', '<div onclick="alert(1)">click</div>'],
  ['javascript: link', '[click](javascript:alert(1))'],
  ['JavaScript: in mixed case', '[click](JaVaScRiPt:alert(1))'],
  ['javascript: in angle brackets', '[click](<javascript:alert(1)>)'],
  ['tab-encoded javascript:', '[click](jav&#x09;ascript:alert(1))'],
  ['newline-encoded javascript:', '[click](jav&#x0A;ascript:alert(1))'],
  ['entity-encoded javascript:', '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))'],
  ['percent-encoded javascript:', '[click](%6A%61%76%61%73%63%72%69%70%74:alert(1))'],
  ['vbscript: link', '[click](vbscript:msgbox(1))'],
  ['data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['javascript: image', '![x](javascript:alert(1))'],
  ['data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['remote image', '![tracker](https://evil.example/pixel.png)'],
  ['protocol-relative image', '![tracker](//evil.example/pixel.png)'],
  ['backslash image', '![tracker](/\\evil.example/pixel.png)'],
  ['reference-style javascript link', '[click][x]\n\n[x]: javascript:alert(1)'],
  ['autolink javascript', '<javascript:alert(1)>'],
  ['inline SVG', '<svg onload="alert(1)"><circle r="10"/></svg>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['style element', '<style>body{display:none}</style>'],
  ['HTML comment', '<!-- <script>alert(1)</script> -->visible'],
  ['nested tag trick', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['form and input', '<form action="https://evil.example"><input name="password"></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['base tag', '<base href="https://evil.example/">'],
  ['class and id clobbering', '<a id="location" name="x" class="admin">x</a>'],
  ['h1 heading', '# I want to be the page title'],
  ['raw HTML heading', '<h1>Raw title</h1>'],
  ['link with onmouseover in title', '[x](https://example.org "a\\" onmouseover=\\"alert(1)")'],
  ['table cell with HTML', '| a |\n|---|\n| <img src=x onerror=alert(1)> |'],
  ['math element', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['noscript trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
]

describe('renderMarkdown against hostile input', () => {
  it('covers at least 20 attacks', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(20)
  })

  for (const [name, input] of hostile) {
    it(`neutralises ${name}`, () => {
      expectSafe(renderMarkdown(input))
    })
  }

  it('keeps the text of a link whose target was refused, without a link', () => {
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p>click</p>')
  })
})

describe('renderMarkdown on ordinary content', () => {
  it('renders GitHub-flavoured Markdown', () => {
    const html = renderMarkdown('**bold** _em_ ~~gone~~\n\n- one\n- two\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n```\ncode\n```')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<em>em</em>')
    expect(html).toContain('<del>gone</del>')
    expect(html).toContain('<li>one</li>')
    expect(html).toContain('<td align="right">2</td>')
    expect(html).toContain('<pre><code>code\n</code></pre>')
  })

  it('marks every link nofollow noopener noreferrer, and keeps http(s), mailto and relative ones', () => {
    const html = renderMarkdown('[a](https://example.org) [b](mailto:x@example.org) [c](/hubs/africa) www.example.com')
    expect(html).toContain(`<a href="https://example.org" rel="${LINK_REL}">a</a>`)
    expect(html).toContain(`<a href="mailto:x@example.org" rel="${LINK_REL}">b</a>`)
    expect(html).toContain(`<a href="/hubs/africa" rel="${LINK_REL}">c</a>`)
    expect(html).toContain(`<a href="http://www.example.com" rel="${LINK_REL}">www.example.com</a>`)
  })

  it('keeps images from our own file store', () => {
    expect(renderMarkdown('![Desks](/api/files/abc123)')).toBe('<p><img src="/api/files/abc123" alt="Desks" /></p>')
  })

  it('shifts headings so the highest is an h2, keeping the hierarchy', () => {
    expect(renderMarkdown('# A\n\n## B\n\n### C')).toBe('<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>')
    expect(renderMarkdown('## A\n\n### B')).toBe('<h2>A</h2>\n<h3>B</h3>')
    expect(renderMarkdown('### A\n\n#### B')).toBe('<h2>A</h2>\n<h3>B</h3>')
    expect(renderMarkdown('# A\n\n## B', { headingBase: 3 })).toBe('<h3>A</h3>\n<h4>B</h4>')
    expect(renderMarkdown('# A\n\n###### F')).toContain('<h6>F</h6>')
  })

  it('escapes text that looks like HTML', () => {
    expect(renderMarkdown('5 < 6 & "quotes"')).toBe('<p>5 &lt; 6 &amp; "quotes"</p>')
  })

  it('gives plain text for feeds and descriptions', () => {
    expect(markdownToPlainText('## Title\n\nSome **bold** text & more <script>x</script>')).toBe('Title Some bold text & more x')
  })
})

describe('isSameOriginPath', () => {
  it('accepts root-relative paths only', () => {
    expect(isSameOriginPath('/api/files/1')).toBe(true)
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://x', 'x.png', '', ' /x', '/x y', undefined, 3]) {
      expect(isSameOriginPath(bad), String(bad)).toBe(false)
    }
  })
})

// Markdown (GFM) written by city officials, turned into HTML that is safe to put in a page.
//
// Decisions:
// - The parser is markdown-it: it renders 50 KB of ordinary prose in a few milliseconds, where
//   micromark (under remark) took 200-800 ms on the same text, which no page and no save should
//   spend. The limits of lib/markdown/limits.ts still keep it away from input whose cost grows
//   faster than its length.
// - Raw HTML in Markdown is never output: markdown-it recognises it (so `<b>` is not shown as
//   text) and our renderer drops those tokens, so `<script>`, `<iframe>`, `<svg>`, comments and
//   event handlers never become elements in the first place.
// - sanitize-html then runs over the whole output with a strict allowlist of its own: no classes,
//   ids, styles or data attributes; links only to http(s), mailto or relative URLs; images only
//   as root-relative paths. Whatever our own rules produce is re-checked by it, as the last step.
// - Images only from our own origin, as root-relative paths (`/api/files/...`): a remote image
//   would tell a third party who read the page, and `//host/x.png` is remote too.
// - A link whose target is refused (javascript:, data:, ...) becomes its text.
// - Headings are shifted so the highest one is an h2 (the page's title is the h1), keeping
//   the author's hierarchy below it.
// - Rendering is bounded: lib/markdown/limits.ts scans the input once (linear time) and input the
//   parser would find expensive (deep nesting, long delimiter runs, huge tables) is shown as
//   escaped text instead; so is anything the parser throws on. A stored text that cannot be
//   rendered therefore degrades to its words on the page, never to a 500 for every reader.
// - Pages do not render at all when they can help it: case-study bodies and messages keep their
//   HTML beside the source (lib/markdown/stored.ts). RENDERER_VERSION names this renderer's
//   output; raise it whenever a change here changes the HTML, so stored renders are redone.
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import sanitizeHtml from 'sanitize-html'
import { assessMarkdown } from './limits'

/** The version of the HTML this module produces; stored renders of another version are redone. */
export const RENDERER_VERSION = 2

export const LINK_REL = 'nofollow noopener noreferrer'

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
]

const ALIGN = { name: 'align', multiple: false, values: ['left', 'right', 'center'] }

/** A same-origin, root-relative path: `/api/files/...`, but not `//host/...` or `/\host/...`. */
export function isSameOriginPath(src: unknown): src is string {
  return typeof src === 'string' && /^\/(?![/\\])[^\s\u0000-\u001f]*$/.test(src)
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: [ALIGN],
    td: [ALIGN],
  },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'textarea', 'option'],
  transformTags: { a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: LINK_REL } }) },
  exclusiveFilter: (frame) => frame.tag === 'img' && !isSameOriginPath(frame.attribs.src),
}

/** A link target we keep: http(s), mailto, or a relative URL (no scheme before the first / ? #). */
function isAllowedHref(href: string): boolean {
  const trimmed = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const scheme = /^([^/?#]*?):/.exec(trimmed)
  if (!scheme) return !trimmed.startsWith('//')
  return /^(https?|mailto)$/i.test(scheme[1]!)
}

/** After block parsing: the highest heading becomes `base`, the others keep their distance. */
function shiftHeadings(tokens: Token[], base: number) {
  let highest = 7
  for (const token of tokens) if (token.type === 'heading_open') highest = Math.min(highest, Number(token.tag.slice(1)))
  if (highest > 6) return
  const shift = base - highest
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Math.max(base, Number(token.tag.slice(1)) + shift))}`
    }
  }
}

/** After inline parsing: refused links become their text, refused images disappear. */
function filterInline(children: Token[]): Token[] {
  const kept: Token[] = []
  const refused: boolean[] = []
  for (const token of children) {
    if (token.type === 'link_open') {
      const refuse = !isAllowedHref(String(token.attrGet('href') ?? ''))
      refused.push(refuse)
      if (!refuse) kept.push(token)
    } else if (token.type === 'link_close') {
      if (!refused.pop()) kept.push(token)
    } else if (token.type === 'image') {
      if (isSameOriginPath(token.attrGet('src'))) kept.push(token)
    } else {
      kept.push(token)
    }
  }
  return kept
}

/** Table alignment as the `align` attribute the sanitiser keeps, not a style it drops. */
function alignCell(token: Token) {
  const style = token.attrGet('style')
  if (style === null) return
  const match = /text-align:(left|right|center)/.exec(String(style))
  token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style')
  if (match) token.attrSet('align', match[1]!)
}

function processor(base: number) {
  const md = new MarkdownIt('default', { html: true, linkify: true, typographer: false })
  // Every URL is parsed as a link; filterInline decides which to keep, so a refused one keeps its text.
  md.validateLink = () => true
  // GFM links `www.example.org` too.
  md.linkify.set({ fuzzyLink: true })
  md.core.ruler.push('library', (state) => {
    shiftHeadings(state.tokens, base)
    for (const token of state.tokens) {
      if (token.type === 'th_open' || token.type === 'td_open') alignCell(token)
      if (token.type === 'inline' && token.children) token.children = filterInline(token.children)
    }
  })
  md.renderer.rules.html_block = () => ''
  md.renderer.rules.html_inline = () => ''
  md.renderer.rules.s_open = () => '<del>'
  md.renderer.rules.s_close = () => '</del>'
  return { render: (markdown: string) => sanitizeHtml(md.render(markdown), sanitizeOptions).trim() }
}

const processors = new Map<number, ReturnType<typeof processor>>()

// Published bodies change rarely and are read often: keep the latest renders.
const rendered = new Map<string, string>()
const RENDER_CACHE_SIZE = 200

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The text as it was written, escaped: paragraphs at blank lines, line breaks kept. Linear. */
export function renderAsText(markdown: string): string {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n')
}

/** Slower than this is logged: the limits should keep every render far below it. */
const SLOW_RENDER_MS = 50

function renderBounded(run: ReturnType<typeof processor>, markdown: string): string {
  const refusal = assessMarkdown(markdown)
  if (refusal !== null) {
    console.warn(JSON.stringify({ event: 'markdown.rendered_as_text', reason: refusal, length: markdown.length }))
    return renderAsText(markdown)
  }
  const started = performance.now()
  try {
    return run.render(markdown)
  } catch (error) {
    // A stack overflow or a parser bug: the reader still gets the words.
    console.error(JSON.stringify({ event: 'markdown.render_failed', length: markdown.length, error: error instanceof Error ? error.name : 'unknown' }))
    return renderAsText(markdown)
  } finally {
    const elapsed = performance.now() - started
    if (elapsed > SLOW_RENDER_MS) console.warn(JSON.stringify({ event: 'markdown.slow_render', ms: Math.round(elapsed), length: markdown.length }))
  }
}

/** Markdown to sanitised HTML. `headingBase` is the level of the highest heading (2 by default). */
export function renderMarkdown(markdown: string, { headingBase = 2 }: { headingBase?: 2 | 3 } = {}): string {
  const key = `${headingBase}\u0000${markdown}`
  const cached = rendered.get(key)
  if (cached !== undefined) return cached
  let run = processors.get(headingBase)
  if (!run) {
    run = processor(headingBase)
    processors.set(headingBase, run)
  }
  const html = renderBounded(run, markdown)
  if (rendered.size >= RENDER_CACHE_SIZE) rendered.delete(rendered.keys().next().value!)
  rendered.set(key, html)
  return html
}

/** Plain text of Markdown, for feeds, CSV and meta descriptions: the sanitised HTML without tags. */
export function markdownToPlainText(markdown: string): string {
  return renderMarkdown(markdown)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

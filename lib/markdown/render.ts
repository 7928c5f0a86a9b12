// Markdown (GFM) written by city officials, turned into HTML that is safe to put in a page.
//
// Decisions:
// - Raw HTML in Markdown is never parsed: remark-rehype drops it, so `<script>`, `<iframe>`,
//   `<svg>`, comments and event handlers never become elements in the first place.
// - rehype-sanitize then runs with a strict allowlist of its own (not GitHub's default): no
//   classes, ids, styles or data attributes; links only to http(s), mailto or same-site
//   relative URLs. Whatever our own transforms add is re-checked by it, as the last step.
// - Images only from our own origin, as root-relative paths (`/api/files/...`): a remote image
//   would tell a third party who read the page, and `//host/x.png` is remote too.
// - Headings are shifted so the highest one is an h2 (the page's title is the h1), keeping
//   the author's hierarchy below it.
// - Rendering is bounded: lib/markdown/limits.ts scans the input once (linear time) and input the
//   parser would find expensive (deep nesting, long delimiter runs, huge tables) is shown as
//   escaped text instead; so is anything the parser throws on. A stored text that cannot be
//   rendered therefore degrades to its words on the page, never to a 500 for every reader.
import type { Element, Root } from 'hast'
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit, SKIP } from 'unist-util-visit'
import { assessMarkdown } from './limits'

export const LINK_REL = 'nofollow noopener noreferrer'

const schema: SanitizeSchema = {
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript'],
  clobberPrefix: 'user-content-',
  clobber: [],
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'] },
  tagNames: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
    'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
  ],
  attributes: {
    a: ['href', 'title', ['rel', ...LINK_REL.split(' ')]],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: [['align', 'left', 'right', 'center']],
    td: [['align', 'left', 'right', 'center']],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: [] },
  required: {},
}

/** A same-origin, root-relative path: `/api/files/...`, but not `//host/...` or `/\host/...`. */
export function isSameOriginPath(src: unknown): src is string {
  return typeof src === 'string' && /^\/(?![/\\])[^\s\u0000-\u001f]*$/.test(src)
}

function headingLevel(node: Element): number | null {
  const match = /^h([1-6])$/.exec(node.tagName)
  return match ? Number(match[1]) : null
}

/** Shifts headings so the highest is `base`, drops foreign images, marks every link. */
function rehypeLibrary({ base }: { base: number }) {
  return (tree: Root) => {
    let highest = 7
    visit(tree, 'element', (node) => {
      const level = headingLevel(node)
      if (level !== null && level < highest) highest = level
    })
    const shift = highest <= 6 ? base - highest : 0
    visit(tree, 'element', (node, index, parent) => {
      const level = headingLevel(node)
      if (level !== null) {
        node.tagName = `h${Math.min(6, Math.max(base, level + shift))}`
      } else if (node.tagName === 'img') {
        if (!isSameOriginPath(node.properties.src) && parent && index !== undefined) {
          parent.children.splice(index, 1)
          return [SKIP, index]
        }
      } else if (node.tagName === 'a') {
        node.properties.rel = LINK_REL.split(' ')
      }
      return undefined
    })
  }
}

/** After sanitising: a link whose target was refused becomes its text. */
function rehypeUnwrapDeadLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'a' && node.properties.href === undefined && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children)
        return [SKIP, index]
      }
      return undefined
    })
  }
}

function processor(base: number) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeLibrary, { base })
    .use(rehypeSanitize, schema)
    .use(rehypeUnwrapDeadLinks)
    .use(rehypeStringify)
    .freeze()
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
    return String(run.processSync(markdown))
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

// A case study's Markdown body as sanitised HTML: rendered through the sanitiser
// (lib/markdown/render.ts) when it was written and stored beside it (lib/markdown/stored.ts). That
// HTML is the only raw HTML the library puts in a page.

const styles = [
  'max-w-3xl text-slate-800',
  '[&_h2]:mt-8 [&_h2]:text-2xl [&_h2]:font-semibold [&_h2]:text-slate-900',
  '[&_h3]:mt-6 [&_h3]:text-xl [&_h3]:font-semibold [&_h4]:mt-4 [&_h4]:font-semibold',
  '[&_p]:mt-3 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:ps-6 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:ps-6 [&_li]:mt-1',
  '[&_blockquote]:mt-3 [&_blockquote]:border-s-4 [&_blockquote]:border-slate-300 [&_blockquote]:ps-4',
  '[&_pre]:mt-3 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_code]:font-mono [&_code]:text-sm',
  '[&_table]:mt-3 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2',
  '[&_img]:mt-3 [&_img]:max-w-full [&_hr]:my-6',
].join(' ')

/** `html` must come from lib/markdown (htmlOfStored or renderMarkdown): sanitised, never raw input. */
export function MarkdownBody({ html, lang }: { html: string; lang: string }) {
  return <div lang={lang} className={styles} dangerouslySetInnerHTML={{ __html: html }} />
}

// A published case study's images and documents: the cover (full width, responsive sizes), the
// other images as a gallery, and PDFs as downloads with their size. Images are served resized by
// /api/files/:id?w=… (lib/library/images.ts); their text alternative is the one the author gave,
// or empty when they gave none (the page's text says what the case study is about).
import { getFormatter, getTranslations } from 'next-intl/server'
import { Section } from '@/components/ui/section'
import { imagePath, imageSrcSet, scaledSize } from '@/lib/library/images'
import type { LibraryDetail } from '@/lib/library/selects'

type Detail = Pick<LibraryDetail, 'coverImage' | 'attachments' | 'language'>

export function CoverImage({ caseStudy }: { caseStudy: Detail }) {
  const cover = caseStudy.coverImage
  if (!cover) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- files are served and resized by our own route
    <img
      src={imagePath(cover.id, 960)}
      srcSet={imageSrcSet(cover.id, cover.width)}
      sizes="(min-width: 80rem) 72rem, 100vw"
      alt={cover.altText ?? ''}
      lang={cover.altText ? caseStudy.language : undefined}
      {...scaledSize(cover.width, cover.height, 1280)}
      fetchPriority="high"
      decoding="async"
      className="mb-8 h-auto max-h-[32rem] w-full rounded-lg bg-slate-100 object-cover"
    />
  )
}

export async function CaseStudyFiles({ caseStudy }: { caseStudy: Detail }) {
  const images = caseStudy.attachments.filter((file) => file.kind === 'IMAGE' && file.id !== caseStudy.coverImage?.id)
  const documents = caseStudy.attachments.filter((file) => file.kind === 'PDF')
  if (!images.length && !documents.length) return null
  const [t, format] = await Promise.all([getTranslations('CaseStudy'), getFormatter()])
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? format.number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' })
  return (
    <>
      {images.length ? (
        <Section id="images" title={t('galleryHeading')}>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {images.map((image) => (
              <li key={image.id}>
                <a href={imagePath(image.id)} className="block">
                  {/* eslint-disable-next-line @next/next/no-img-element -- files are served and resized by our own route */}
                  <img
                    src={imagePath(image.id, 640)}
                    srcSet={imageSrcSet(image.id, image.width, 960)}
                    sizes="(min-width: 64rem) 24rem, (min-width: 40rem) 50vw, 100vw"
                    alt={image.altText ?? image.fileName}
                    lang={image.altText ? caseStudy.language : undefined}
                    {...scaledSize(image.width, image.height, 640)}
                    loading="lazy"
                    decoding="async"
                    className="h-56 w-full rounded bg-slate-100 object-cover"
                  />
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {documents.length ? (
        <Section id="documents" title={t('documentsHeading')}>
          <p className="mb-3 text-slate-700">{t('documentsIntro')}</p>
          <ul className="list-disc space-y-2 ps-6">
            {documents.map((document) => (
              <li key={document.id}>
                <a href={imagePath(document.id)} download className="break-all font-medium">
                  {t('documentLink', { name: document.fileName, size: size(document.byteSize) })}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  )
}

// /[locale]/terms — a footer page, written by network admins per language (lib/site-pages/).
import { SitePageScreen, sitePageMetadata } from '@/components/site-pages/site-page'

export const generateMetadata = () => sitePageMetadata('terms')

export default function Page() {
  return <SitePageScreen page="terms" />
}

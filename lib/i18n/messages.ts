// Catalogues are split by area (base, library, authoring, messaging, figures, admin, console, site) so that features can grow their own
// files; each locale's messages are the merge of its area files. Every area has every locale.
import type { Locale } from './config'
import type en from './messages/en.json'
import type authoringEn from './messages/authoring/en.json'
import type libraryEn from './messages/library/en.json'
import type messagingEn from './messages/messaging/en.json'
import type figuresEn from './messages/figures/en.json'
import type adminEn from './messages/admin/en.json'
import type consoleEn from './messages/console/en.json'
import type siteEn from './messages/site/en.json'

export type Messages = typeof en & typeof libraryEn & typeof authoringEn & typeof messagingEn & typeof figuresEn & typeof adminEn & typeof consoleEn & typeof siteEn

type Loader = () => Promise<{ default: object }>

const loaders: Record<Locale, Loader[]> = {
  en: [() => import('./messages/en.json'), () => import('./messages/library/en.json'), () => import('./messages/authoring/en.json'), () => import('./messages/messaging/en.json'), () => import('./messages/figures/en.json'), () => import('./messages/admin/en.json'), () => import('./messages/console/en.json'), () => import('./messages/site/en.json')],
  es: [() => import('./messages/es.json'), () => import('./messages/library/es.json'), () => import('./messages/authoring/es.json'), () => import('./messages/messaging/es.json'), () => import('./messages/figures/es.json'), () => import('./messages/admin/es.json'), () => import('./messages/console/es.json'), () => import('./messages/site/es.json')],
  pt: [() => import('./messages/pt.json'), () => import('./messages/library/pt.json'), () => import('./messages/authoring/pt.json'), () => import('./messages/messaging/pt.json'), () => import('./messages/figures/pt.json'), () => import('./messages/admin/pt.json'), () => import('./messages/console/pt.json'), () => import('./messages/site/pt.json')],
  fr: [() => import('./messages/fr.json'), () => import('./messages/library/fr.json'), () => import('./messages/authoring/fr.json'), () => import('./messages/messaging/fr.json'), () => import('./messages/figures/fr.json'), () => import('./messages/admin/fr.json'), () => import('./messages/console/fr.json'), () => import('./messages/site/fr.json')],
  zh: [() => import('./messages/zh.json'), () => import('./messages/library/zh.json'), () => import('./messages/authoring/zh.json'), () => import('./messages/messaging/zh.json'), () => import('./messages/figures/zh.json'), () => import('./messages/admin/zh.json'), () => import('./messages/console/zh.json'), () => import('./messages/site/zh.json')],
  ar: [() => import('./messages/ar.json'), () => import('./messages/library/ar.json'), () => import('./messages/authoring/ar.json'), () => import('./messages/messaging/ar.json'), () => import('./messages/figures/ar.json'), () => import('./messages/admin/ar.json'), () => import('./messages/console/ar.json'), () => import('./messages/site/ar.json')],
}

export const messageAreas = ['', 'library', 'authoring', 'messaging', 'figures', 'admin', 'console', 'site'] as const

export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(loaders[locale].map((load) => load()))
  return Object.assign({}, ...parts.map((part) => part.default)) as Messages
}

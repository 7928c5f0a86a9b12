import type { Locale } from './config'
import type en from './messages/en.json'

export type Messages = typeof en

const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en.json'),
  es: () => import('./messages/es.json'),
  pt: () => import('./messages/pt.json'),
  fr: () => import('./messages/fr.json'),
  zh: () => import('./messages/zh.json'),
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await loaders[locale]()).default
}

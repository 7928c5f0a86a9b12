// The two engines' HTTP APIs, behind one shape: translate many texts from one language into
// another, answering as many texts, in order, or throwing (nothing partial).
//
// - LibreTranslate: POST {url}/translate {q: [...], source, target, format: "text", api_key?}
//   → {translatedText: [...]}.
// - DeepL: POST {url}/v2/translate with "Authorization: DeepL-Auth-Key <key>" {text: [...],
//   source_lang, target_lang} → {translations: [{text}]}. Target English and Portuguese need a
//   variant (EN-GB, PT-BR: the network's Portuguese-speaking members are in South America).
import { defaultRetry, MachineTranslationError, postJson, type RetryOptions } from './http'
import type { MachineConfig, MachineProvider } from './config'

export type MachineEngine = {
  name: MachineProvider
  translate(texts: string[], source: string, target: string): Promise<string[]>
}

function expectTexts(value: unknown, count: number): string[] {
  if (!Array.isArray(value) || value.length !== count || !value.every((item) => typeof item === 'string')) {
    throw new MachineTranslationError('the engine answered an unexpected shape', { retryable: false })
  }
  return value as string[]
}

export function libreTranslate(url: string, apiKey: string | null, retry: RetryOptions): MachineEngine {
  return {
    name: 'libretranslate',
    async translate(texts, source, target) {
      if (!texts.length) return []
      const answer = (await postJson(`${url}/translate`, { q: texts, source, target, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) }, {}, retry)) as { translatedText?: unknown }
      return expectTexts(answer?.translatedText, texts.length)
    },
  }
}

const deeplTarget: Record<string, string> = { en: 'EN-GB', pt: 'PT-BR', zh: 'ZH-HANS' }

export function deepl(url: string, apiKey: string, retry: RetryOptions): MachineEngine {
  return {
    name: 'deepl',
    async translate(texts, source, target) {
      if (!texts.length) return []
      const answer = (await postJson(
        `${url}/v2/translate`,
        { text: texts, source_lang: source.toUpperCase(), target_lang: deeplTarget[target] ?? target.toUpperCase() },
        { authorization: `DeepL-Auth-Key ${apiKey}` },
        retry,
      )) as { translations?: unknown }
      const translations = Array.isArray(answer?.translations) ? answer.translations.map((item: { text?: unknown }) => item?.text) : null
      return expectTexts(translations, texts.length)
    },
  }
}

export function engineFor(config: MachineConfig, retry: RetryOptions = defaultRetry(config.timeoutMs)): MachineEngine {
  return config.provider === 'deepl' ? deepl(config.url, config.apiKey!, retry) : libreTranslate(config.url, config.apiKey, retry)
}

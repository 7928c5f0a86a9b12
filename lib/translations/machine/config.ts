// Machine translation settings, from the environment. Off unless MT_PROVIDER is set.
//
//   MT_PROVIDER            libretranslate | deepl (unset: no machine translation)
//   MT_URL                 the engine's base URL (LibreTranslate: required; DeepL: defaults to
//                          api-free.deepl.com for ":fx" keys, api.deepl.com otherwise)
//   MT_API_KEY             the engine's key (DeepL: required; LibreTranslate: if the server wants one)
//   MT_LANGUAGES           target languages, comma-separated (default: the interface languages)
//   MT_MONTHLY_CHARACTERS  characters sent per calendar month, all instances together (500000)
//   MT_TIMEOUT_MS          per request (20000)
import { locales } from '@/lib/i18n/config'

export type MachineProvider = 'libretranslate' | 'deepl'

export type MachineConfig = {
  provider: MachineProvider
  url: string
  apiKey: string | null
  languages: string[]
  monthlyCharacters: number
  timeoutMs: number
}

function positive(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new Error(`machine translation: ${value} is not a whole number`)
  return number
}

/** The configuration, or null when machine translation is off; a half-configured engine throws, naming what is missing. */
export function machineConfig(env: Record<string, string | undefined> = process.env): MachineConfig | null {
  const provider = env.MT_PROVIDER?.trim().toLowerCase()
  if (!provider) return null
  if (provider !== 'libretranslate' && provider !== 'deepl') throw new Error(`machine translation: MT_PROVIDER must be libretranslate or deepl, not ${provider}`)
  const apiKey = env.MT_API_KEY?.trim() || null
  if (provider === 'deepl' && !apiKey) throw new Error('machine translation: MT_API_KEY is required for DeepL')
  const url = (env.MT_URL?.trim() || (provider === 'deepl' ? (apiKey!.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com') : '')).replace(/\/+$/, '')
  if (!url) throw new Error('machine translation: MT_URL is required for LibreTranslate')
  const languages = (env.MT_LANGUAGES?.trim() ? env.MT_LANGUAGES.split(',') : [...locales]).map((language) => language.trim().toLowerCase()).filter(Boolean)
  return {
    provider,
    url,
    apiKey,
    languages: [...new Set(languages)],
    monthlyCharacters: positive(env.MT_MONTHLY_CHARACTERS, 500_000),
    timeoutMs: positive(env.MT_TIMEOUT_MS, 20_000),
  }
}

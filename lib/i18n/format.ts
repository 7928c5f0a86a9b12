// Locale-aware names that come from the platform rather than from our catalogues. One
// Intl.DisplayNames per language and kind, made on first use: constructing one costs more than
// a lookup, and a library page names a country on every card.
const displayNames = new Map<string, Intl.DisplayNames | null>()

export function displayName(code: string, locale: string, type: 'region' | 'language'): string {
  const key = `${type}:${locale}`
  let names = displayNames.get(key)
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type })
    } catch {
      names = null
    }
    displayNames.set(key, names)
  }
  try {
    return names?.of(code) ?? code
  } catch {
    return code // not a code the platform knows (of() throws on malformed codes)
  }
}

export function countryName(countryCode: string, locale: string): string {
  return displayName(countryCode, locale, 'region')
}

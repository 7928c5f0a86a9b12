// Locale-aware names that come from the platform rather than from our catalogues.
export function countryName(countryCode: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(countryCode) ?? countryCode
  } catch {
    return countryCode
  }
}

/** The portal's public origin, used in links sent by e-mail. */
export function siteUrl(): string {
  return (process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '')
}

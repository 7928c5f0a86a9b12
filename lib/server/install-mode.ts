// Demo install or real install, as `npm start` decides it. Demo accounts (with the published
// password) and the development mailbox belong to the embedded database, or to an explicit
// SEED_DEMO=true; a PostgreSQL on loopback is a real install like any other (a server's own
// database is often on loopback). SEED_DEMO=false never makes a demo.
export function isDemoInstall(env: Record<string, string | undefined>, embedded: boolean): boolean {
  if (env.SEED_DEMO === 'true') return true
  if (env.SEED_DEMO === 'false') return false
  return embedded
}

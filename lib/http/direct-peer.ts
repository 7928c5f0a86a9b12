// The address of a visitor who reached this server directly, with no proxy in between.
//
// Why: Next.js fills in X-Forwarded-For from the socket when a request has none, so a page cannot
// tell a direct loopback visitor from a forged header. The production server (scripts/serve.ts)
// knows the socket: it removes any client-sent DIRECT_PEER_HEADER and sets it to the socket
// address, only when the request carries no forwarding header (a proxy in front forwards for
// somebody else, so such a request is never "direct"). Without serve.ts (next dev, next start)
// the header is absent and nobody counts as a direct loopback visitor: the check fails closed.
import type { IncomingMessage } from 'node:http'

export const DIRECT_PEER_HEADER = 'x-circulars-direct-peer'

const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host']

/** Called by the production server on every request, before anything reads the headers. */
export function markDirectPeer(request: IncomingMessage): void {
  delete request.headers[DIRECT_PEER_HEADER]
  if (FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined)) return
  const address = request.socket.remoteAddress
  if (address) request.headers[DIRECT_PEER_HEADER] = address
}

export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false
  const plain = address.replace(/^::ffff:/i, '')
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain)
}

/** True for a visitor on this machine who came straight to the server (see the header comment). */
export function isDirectLoopbackVisitor(headers: Headers): boolean {
  return isLoopbackAddress(headers.get(DIRECT_PEER_HEADER))
}

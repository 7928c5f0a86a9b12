import 'next-auth'
import 'next-auth/jwt'

declare module 'next-auth' {
  interface Session {
    uid?: string
    sv?: number
    /** The server-side session record (lib/auth/user-sessions.ts). */
    sid?: string
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string
    sv?: number
    /** The server-side session record (lib/auth/user-sessions.ts). */
    sid?: string
  }
}

// Password hashing with argon2id (OWASP-recommended parameters: 19 MiB, 2 iterations).
import { hash, verify } from '@node-rs/argon2'

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch (error) {
    // A malformed stored hash: no password matches it, and an operator should know.
    console.error('password verification failed:', error instanceof Error ? error.message : error)
    return false
  }
}

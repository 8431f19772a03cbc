/**
 * Password hashing with a slow KDF: PBKDF2-HMAC-SHA-256 through WebCrypto (in Chromium and in Node alike), with a
 * random 16-byte salt. 600,000 iterations follows OWASP's current advice for PBKDF2-SHA-256 (a few hundred
 * milliseconds on an office PC: unnoticeable at sign-in, expensive for someone guessing). The iteration count is
 * stored with each hash, so it can be raised later without breaking existing passwords; tests pass a small count.
 *
 * Async (WebCrypto): call these OUTSIDE IndexedDB transactions, which would commit while awaiting.
 */
import type { PasswordHash } from './types'

export const DEFAULT_ITERATIONS = 600_000
export const MIN_PASSWORD_LENGTH = 8

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle
  // NFC so that "ñ" typed as one or two code points is the same password.
  const key = await subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits'])
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256)
  return new Uint8Array(bits)
}

export async function hashPassword(password: string, iterations: number = DEFAULT_ITERATIONS): Promise<PasswordHash> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16))
  const hash = await derive(password, salt, iterations)
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) }
}

/** Whether `password` matches; compares every byte (no early exit) so timing says nothing about the hash. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (stored.algorithm !== 'PBKDF2-SHA256') return false
  const expected = fromBase64(stored.hash)
  const actual = await derive(password, fromBase64(stored.salt), stored.iterations)
  if (actual.length !== expected.length) return false
  let diff = 0
  for (let i = 0; i < actual.length; i++) diff |= actual[i]! ^ expected[i]!
  return diff === 0
}

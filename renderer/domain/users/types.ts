import type { Role } from './rights'

/** A password hashed with PBKDF2-SHA-256 (WebCrypto): salt and hash in base64, with the iteration count used. */
export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256'
  iterations: number
  salt: string
  hash: string
}

/** A person who signs in on this PC. Never deleted (the audit trail names them): deactivated instead. */
export interface User {
  id: string
  /** The sign-in name, unique ignoring case (`nameKey` is its lower-case form, indexed unique). */
  name: string
  nameKey: string
  role: Role
  password: PasswordHash
  active: boolean
  createdAt: string
  updatedAt: string
}

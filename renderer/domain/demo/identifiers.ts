/** Valid-looking identifiers with correct check digits: Spanish NIF / CIF, Romanian CUI, ES and RO IBANs. */
import { ibanMod97 } from '../iban'
import { cifControlDigit, cuiControlDigit } from '../taxId'
import type { Rng } from './prng'

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'
const CIF_CONTROL_LETTERS = 'JABCDEFGHI'

/** NIF of a person (DNI number + letter), e.g. '50123456J'. */
export function spanishNif(rng: Rng): string {
  const n = rng.int(10_000_000, 79_999_999)
  return `${n}${DNI_LETTERS.charAt(n % 23)}`
}

/**
 * NIF of an entity (formerly CIF): 'B' (S.L.), 'A' (S.A.) with a control digit; 'P' (local authority),
 * 'Q' / 'S' (public bodies) with a control letter. The two digits after the letter are the province code.
 */
export function spanishCif(rng: Rng, letter: 'A' | 'B' | 'P' | 'Q' | 'S', provinceCode: string): string {
  const digits7 = provinceCode.padStart(2, '0').slice(0, 2) + rng.digits(5)
  const control = cifControlDigit(digits7)
  return letter + digits7 + (letter === 'A' || letter === 'B' ? String(control) : CIF_CONTROL_LETTERS.charAt(control))
}

/** Romanian CUI (without the RO prefix): 6..8 digits plus the control digit. */
export function romanianCui(rng: Rng): string {
  const body = String(rng.int(1, 9)) + rng.digits(rng.int(5, 7))
  return body + String(cuiControlDigit(body))
}

function withIbanCheck(country: string, bban: string): string {
  const check = 98 - ibanMod97(`${country}00${bban}`)
  return `${country}${String(check).padStart(2, '0')}${bban}`
}

/** Spanish CCC control digit over 10 digits (weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6). */
function cccDigit(ten: string): number {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  let sum = 0
  for (let i = 0; i < 10; i++) sum += Number(ten.charAt(i)) * (weights[i] ?? 0)
  const d = 11 - (sum % 11)
  return d === 11 ? 0 : d === 10 ? 1 : d
}

/** ES IBAN: bank (4) + branch (4) + the two CCC control digits + account (10). */
export function spanishIban(rng: Rng, bank: string): string {
  const branch = rng.digits(4)
  const account = rng.digits(10)
  const dc = `${cccDigit(`00${bank}${branch}`)}${cccDigit(account)}`
  return withIbanCheck('ES', bank + branch + dc + account)
}

/** RO IBAN: bank code (4 letters) + 16 characters of account. */
export function romanianIban(rng: Rng, bank: string): string {
  const prefix = bank === 'BTRL' ? 'RONCRT' : bank === 'BRDE' ? '445SV' : bank === 'RNCB' ? '0082' : '0000'
  return withIbanCheck('RO', bank + prefix + rng.digits(16 - prefix.length))
}

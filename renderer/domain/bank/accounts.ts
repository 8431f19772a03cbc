/**
 * Bank accounts in statement files: the Spanish CCC (entity-office-DC-account) and its IBAN, ISO 4217 currency
 * codes (Norma 43 gives them as numbers) and whether a statement's account is one of the company's.
 */
import { ibanMod97, normalizeIban, validateIban } from '../iban'

const CCC_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

/** One CCC check digit over 10 digits: 11 - (Σ digit × weight mod 11), with 11 -> 0 and 10 -> 1. */
function cccDigit(ten: string): number {
  let sum = 0
  for (let i = 0; i < 10; i++) sum += Number(ten[i]) * (CCC_WEIGHTS[i] ?? 0)
  const d = 11 - (sum % 11)
  return d === 11 ? 0 : d === 10 ? 1 : d
}

/** The two CCC check digits ('DC') of entity (4) + office (4) + account (10): 2100 0418 0200051332 -> '45'. */
export function spanishCccCheckDigits(entity: string, office: string, account: string): string {
  if (!/^\d{4}$/.test(entity) || !/^\d{4}$/.test(office) || !/^\d{10}$/.test(account)) {
    throw new RangeError('spanishCccCheckDigits: entity 4, office 4 and account 10 digits')
  }
  return `${cccDigit(`00${entity}${office}`)}${cccDigit(account)}`
}

/** IBAN of a country from its BBAN: check digits = 98 - (BBAN + country + '00') mod 97. */
export function ibanFromBban(country: string, bban: string): string {
  const cc = country.toUpperCase()
  const check = 98 - ibanMod97(`${cc}00${bban.toUpperCase()}`)
  return `${cc}${String(check).padStart(2, '0')}${bban.toUpperCase()}`
}

/** Spanish IBAN from a Norma 43 account (entity, office, 10-digit account): the DC is computed. */
export function spanishIbanFromAccount(entity: string, office: string, account: string): string {
  return ibanFromBban('ES', `${entity}${office}${spanishCccCheckDigits(entity, office, account)}${account}`)
}

/** ISO 4217 numeric -> alphabetic, for the currencies a Spanish or Romanian wholesaler may hold accounts in. */
const NUMERIC_CURRENCIES: Readonly<Record<string, string>> = {
  '978': 'EUR', '946': 'RON', '840': 'USD', '826': 'GBP', '756': 'CHF', '985': 'PLN', '975': 'BGN', '348': 'HUF',
  '203': 'CZK', '752': 'SEK', '208': 'DKK', '578': 'NOK', '392': 'JPY', '124': 'CAD', '036': 'AUD', '498': 'MDL',
  '156': 'CNY', '949': 'TRY', '504': 'MAD', '484': 'MXN', '986': 'BRL', '032': 'ARS', '152': 'CLP', '170': 'COP',
}

export const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Object.values(NUMERIC_CURRENCIES))

/** '978' -> 'EUR'; an unknown number is returned as it is (validation then reports it). */
export function currencyFromNumeric(code: string): string {
  return NUMERIC_CURRENCIES[code] ?? code
}

export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code)
}

/**
 * An account identification as printed by a bank, turned into an IBAN when it is one: 'ES91 2100…' ->
 * 'ES912100…'; MT940 'BIC/IBAN' -> the IBAN; an IBAN followed by its currency ('NL91ABNA0417164300EUR') -> the IBAN.
 * '' when no IBAN can be read.
 */
export function ibanFromAccountText(text: string): string {
  const candidates = text.split('/').map((part) => normalizeIban(part))
  for (const c of candidates.reverse()) {
    if (validateIban(c).ok) return c
    const withoutCurrency = c.replace(/[A-Z]{3}$/, '')
    if (withoutCurrency !== c && validateIban(withoutCurrency).ok) return withoutCurrency
  }
  return ''
}

/**
 * Whether a statement's account is one of the company's IBANs. With an IBAN: equal after normalizing. Without
 * one (MT940 '10020030/1234567890', bank code / account): an IBAN whose BBAN holds the bank code and ends with
 * the account number (leading zeros ignored).
 */
export function matchCompanyAccount(accountIban: string, accountId: string, companyIbans: readonly string[]): string | null {
  const ibans = companyIbans.map(normalizeIban).filter((s) => s !== '')
  const own = normalizeIban(accountIban)
  if (own !== '') return ibans.find((i) => i === own) ?? null
  const parts = accountId.toUpperCase().replace(/[\s.-]/g, '').split('/')
  const account = (parts.pop() ?? '').replace(/^0+/, '')
  const bank = parts.pop() ?? ''
  if (account.length < 4) return null
  return (
    ibans.find((iban) => {
      const bban = iban.slice(4)
      return bban.replace(/^0+/, '').endsWith(account) && (bank === '' || /[^0-9]/.test(bank) || bban.includes(bank))
    }) ?? null
  )
}

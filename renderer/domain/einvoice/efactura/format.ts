/**
 * Values as UBL writes them: amounts with exactly 2 decimals from integer cents, quantities and prices as exact
 * decimals (no float is ever printed), unit codes from UN/ECE Recommendation 20/21, VAT ids and categories.
 */
import { centsToDecimalString } from '../../money'
import { quantityMilli } from '../../tax'
import { compactTaxId } from '../../taxId'
import type { BasisPoints, Cents, InvoiceLine } from '../../types'

/** 123456 -> '1234.56' (BR-DEC: at most 2 decimals; always 2 here). */
export function amount(c: Cents): string {
  return centsToDecimalString(c)
}

/** An integer `value` scaled by 10^-scale as an exact decimal, trailing zeros dropped: (7350, 3) -> '7.35'. */
function scaled(value: bigint, scale: number): string {
  const neg = value < 0n
  const digits = (neg ? -value : value).toString().padStart(scale + 1, '0')
  const int = digits.slice(0, digits.length - scale)
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '')
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`
}

/** 7.35 -> '7.35', 40 -> '40' (quantities have at most 3 decimals). */
export function quantity(q: number): string {
  return scaled(BigInt(quantityMilli(q)), 3)
}

/** Basis points as a percentage: 2100 -> '21', 550 -> '5.5'. */
export function percent(bp: BasisPoints): string {
  return scaled(BigInt(bp), 2)
}

/**
 * The net unit price after the line discount, exact: 975 cents at 2.5 % -> '9.50625'. Item prices may carry more
 * than 2 decimals (BR-DEC applies to amounts, not to BT-146), and so quantity × net price is the line amount
 * before its single rounding (money.ts ROUNDING_RULE).
 */
export function netPrice(line: InvoiceLine): string {
  return scaled(BigInt(line.unitPrice) * BigInt(10000 - line.discount), 6)
}

/** The discount per unit (BT-147): gross price × discount, exact. */
export function priceDiscount(line: InvoiceLine): string {
  return scaled(BigInt(line.unitPrice) * BigInt(line.discount), 6)
}

/** Our units of sale (ES and RO words, as typed on products) -> UN/ECE Rec. 20 / Rec. 21 ('X' + package code). */
const UNIT_CODES: Readonly<Record<string, string>> = {
  ud: 'H87', u: 'H87', unidad: 'H87', buc: 'H87', bucata: 'H87', bucati: 'H87', pcs: 'H87', piece: 'H87',
  kg: 'KGM', g: 'GRM', t: 'TNE', l: 'LTR', litru: 'LTR', litro: 'LTR', ml: 'MLT', m: 'MTR', m2: 'MTK', m3: 'MTQ',
  h: 'HUR', ora: 'HUR', hora: 'HUR', zi: 'DAY', dia: 'DAY', set: 'SET', lote: 'SET',
  cutie: 'XBX', box: 'XBX', caja: 'XBX', bax: 'XBX',
  pack: 'XPK', paquete: 'XPK', pachet: 'XPK', fardo: 'XPK',
  sac: 'XSA', saco: 'XSA', sticla: 'XBO', botella: 'XBO', lada: 'XCR',
  bidon: 'XJC', garrafa: 'XJC', lata: 'XCX', cofraj: 'XPU', bandeja: 'XPU', palet: 'XPX', pallet: 'XPX',
}

/** 'buc' -> 'H87', 'Kg' -> 'KGM', 'ladă' -> 'XCR'; anything unknown is a piece (H87). */
export function unitCode(unit: string): string {
  const key = unit
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
  return UNIT_CODES[key] ?? 'H87'
}

/**
 * A party's tax id as CIUS-RO wants it. Romanian CUIs: 'RO14399840' (VAT payer) or '14399840'; `vatPayer` forces
 * the prefix (the company settings say it is registered). Other countries: compact, as given.
 */
export function roTaxId(taxId: string, vatPayer: boolean): { id: string; digits: string; vatPayer: boolean } {
  const compact = compactTaxId(taxId)
  const prefixed = compact.startsWith('RO')
  const digits = prefixed ? compact.slice(2) : compact
  const payer = prefixed || vatPayer
  return { id: payer && digits ? `RO${digits}` : digits, digits, vatPayer: payer }
}

/** UNCL 5305 category of a VAT rate: S (standard/reduced), Z (zero rated), O (seller not registered for VAT). */
export function taxCategory(vatRate: BasisPoints, sellerVatPayer: boolean): 'S' | 'Z' | 'O' {
  if (!sellerVatPayer) return 'O'
  return vatRate > 0 ? 'S' : 'Z'
}

/**
 * Seller (BG-4) and buyer (BG-7) as UBL parties, in the element order of the UBL 2.1 schema (PartyType:
 * PartyName, PostalAddress, PartyTaxScheme, PartyLegalEntity, Contact; AddressType: StreetName, CityName,
 * PostalZone, CountrySubentity, Country).
 */
import type { Address, CompanySettings, PartySnapshot } from '../../types'
import { resolveAddress } from './counties'
import { roTaxId } from './format'

type Node = Record<string, unknown>

/** cac:PostalAddress (or cac:Address) of an address, with the county code and Bucharest sector resolved. */
export function addressXml(a: Address): Node {
  const r = resolveAddress(a)
  return {
    ...(a.street.trim() ? { 'cbc:StreetName': a.street.trim() } : {}),
    ...(r.cityName ? { 'cbc:CityName': r.cityName } : {}),
    ...(a.postalCode.trim() ? { 'cbc:PostalZone': a.postalCode.trim() } : {}),
    ...(r.countrySubentity ? { 'cbc:CountrySubentity': r.countrySubentity } : {}),
    'cac:Country': { 'cbc:IdentificationCode': r.countryCode },
  }
}

const VAT = { 'cbc:ID': 'VAT' }

/** Whether the seller charges VAT: registered in the settings, or its CUI carries the RO prefix. */
export function sellerIsVatPayer(seller: PartySnapshot, company: CompanySettings): boolean {
  return roTaxId(seller.taxId, company.vatRegistered).vatPayer
}

/**
 * The seller: VAT id 'RO…' in PartyTaxScheme/VAT (BT-31) when a VAT payer; otherwise the bare CUI as the seller
 * tax registration identifier (BT-32, a PartyTaxScheme whose scheme is not VAT). The Reg. Com. number is the
 * legal registration identifier (BT-30).
 */
export function supplierXml(seller: PartySnapshot, company: CompanySettings): Node {
  const tax = roTaxId(seller.taxId, company.vatRegistered)
  const tradeName = company.tradeName.trim()
  const contact = {
    ...(company.phone.trim() ? { 'cbc:Telephone': company.phone.trim() } : {}),
    ...(company.email.trim() ? { 'cbc:ElectronicMail': company.email.trim() } : {}),
  }
  return {
    'cac:Party': {
      ...(tradeName && tradeName !== seller.legalName ? { 'cac:PartyName': { 'cbc:Name': tradeName } } : {}),
      'cac:PostalAddress': addressXml(seller.address),
      ...(tax.digits
        ? { 'cac:PartyTaxScheme': { 'cbc:CompanyID': tax.id, 'cac:TaxScheme': tax.vatPayer ? VAT : { 'cbc:ID': 'FC' } } }
        : {}),
      'cac:PartyLegalEntity': {
        'cbc:RegistrationName': seller.legalName,
        ...(seller.tradeRegister.trim() ? { 'cbc:CompanyID': seller.tradeRegister.trim() } : {}),
      },
      ...(Object.keys(contact).length > 0 ? { 'cac:Contact': contact } : {}),
    },
  }
}

/**
 * The buyer. A VAT payer ('RO…', or a foreign VAT id) goes in PartyTaxScheme/VAT (BT-48) and its Reg. Com. in
 * PartyLegalEntity/CompanyID (BT-47). A buyer that is not a VAT payer (a CUI without 'RO', or a person's CNP) has
 * no BT-48, so its CUI/CNP is the legal registration identifier (BT-47): the only place ANAF can find it to route
 * the invoice to the buyer, and what BR-RO-120 asks for. Its Reg. Com. is then left out.
 */
export function customerXml(buyer: PartySnapshot): Node {
  const foreign = buyer.address.country.trim().toUpperCase() !== 'RO'
  const tax = roTaxId(buyer.taxId, false)
  // A foreign id that starts with its country letters ('ES B12345674') is a VAT id (BR-CO-09 wants the prefix).
  const vatId = foreign ? (/^[A-Z]{2}/.test(tax.digits) ? tax.digits : '') : tax.vatPayer ? tax.id : ''
  const legalId = vatId ? buyer.tradeRegister.trim() : tax.digits
  return {
    'cac:Party': {
      'cac:PostalAddress': addressXml(buyer.address),
      ...(vatId ? { 'cac:PartyTaxScheme': { 'cbc:CompanyID': vatId, 'cac:TaxScheme': VAT } } : {}),
      'cac:PartyLegalEntity': {
        'cbc:RegistrationName': buyer.legalName,
        ...(legalId ? { 'cbc:CompanyID': legalId } : {}),
      },
    },
  }
}

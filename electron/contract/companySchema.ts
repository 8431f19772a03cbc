/**
 * The company's settings as they travel to main (letterheads of every document): shared by schemas.ts and the
 * document schemas that schemas.ts itself imports (no import cycle). No electron import.
 */
import { z } from 'zod'
import {
  addressSchema,
  countrySchema,
  currencySchema,
  isoDateTimeSchema,
  languageSchema,
  logoSchema,
  text,
} from './primitives'

export const paymentTermsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({ kind: z.literal('net'), days: z.int().min(0).max(366) }),
  z.object({ kind: z.literal('endOfMonth'), days: z.int().min(0).max(366) }),
])

export const companySettingsSchema = z.object({
  id: z.literal('company'),
  legalName: text(),
  tradeName: text(),
  taxId: text(40),
  tradeRegister: text(150),
  address: addressSchema,
  iban: text(50),
  bankName: text(),
  email: text(),
  phone: text(60),
  country: countrySchema,
  currency: currencySchema,
  uiLanguage: languageSchema,
  invoiceSeries: text(20),
  creditNoteSeries: text(20),
  vatRegistered: z.boolean(),
  logoDataUrl: logoSchema,
  defaultTerms: paymentTermsSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
})

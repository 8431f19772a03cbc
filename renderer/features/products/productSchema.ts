import { z } from 'zod'
import { formatAmount, parseMoney } from '../../domain/money'
import type { Product } from '../../domain/types'
import type { ProductInput } from '../../db/repos/products'
import { isMoneyText, V } from '../settings/forms/validators'

export interface ProductFormValues {
  code: string
  name: string
  unit: string
  unitPrice: string
  /** Basis points as a string (the select's value). */
  vatRate: string
  active: boolean
}

export function makeProductSchema(locale: string) {
  return z.object({
    code: z.string(),
    name: z.string().trim().min(1, V.required),
    unit: z.string().trim().min(1, V.required),
    unitPrice: z.string().refine((s) => isMoneyText(s, locale, false), V.money),
    vatRate: z.string().regex(/^[0-9]+$/, V.required),
    active: z.boolean(),
  })
}

export function productToValues(p: Product | null, locale: string, defaultVatRate: number, defaultUnit: string): ProductFormValues {
  if (!p) return { code: '', name: '', unit: defaultUnit, unitPrice: '', vatRate: String(defaultVatRate), active: true }
  return { code: p.code, name: p.name, unit: p.unit, unitPrice: formatAmount(p.unitPrice, locale), vatRate: String(p.vatRate), active: p.active }
}

export function valuesToProductInput(v: ProductFormValues, locale: string): ProductInput {
  return {
    code: v.code.trim(),
    name: v.name.trim(),
    unit: v.unit.trim(),
    unitPrice: parseMoney(v.unitPrice, locale) ?? 0,
    vatRate: Number(v.vatRate),
    active: v.active,
  }
}

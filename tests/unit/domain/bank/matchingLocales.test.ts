import { describe, expect, it } from 'vitest'
import bankEn from '../../../../locales/en/bank.json'
import bankEs from '../../../../locales/es/bank.json'
import bankRo from '../../../../locales/ro/bank.json'
import errEn from '../../../../locales/en/errors.json'
import errEs from '../../../../locales/es/errors.json'
import errRo from '../../../../locales/ro/errors.json'
import { BANK_CHARGES } from '../../../../renderer/domain/bank/matching'

type Tree = { [k: string]: string | Tree }
const BANK: Record<string, Tree> = { es: bankEs, ro: bankRo, en: bankEn }
const ERRORS: Record<string, Tree> = { es: errEs, ro: errRo, en: errEn }
const sources = {
  ...import.meta.glob<string>('../../../../renderer/domain/bank/match/*.ts', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../../../renderer/domain/bank/matching.ts', { query: '?raw', import: 'default', eager: true }),
}

function lookup(tree: Tree | undefined, code: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const k of code.split('.')) node = typeof node === 'object' ? node[k] : undefined
  return typeof node === 'string' ? node : undefined
}

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)))
}

function found(re: RegExp): string[] {
  const out = new Set<string>()
  for (const src of Object.values(sources)) for (const m of src.matchAll(re)) out.add(m[1] ?? '')
  return [...out].sort()
}

const placeholders = (s: string | undefined) => [...(s ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('matching translations', () => {
  const errorCodes = found(/DomainError\(\s*'(matching\.[a-zA-Z]+)'/g)
  const reasonCodes = found(/'(match\.[a-zA-Z]+)'/g)

  it('finds the codes in the source', () => {
    expect(errorCodes).toContain('matching.payerMismatch')
    expect(errorCodes).toContain('matching.writeOffTooLarge')
    expect(reasonCodes).toContain('match.payerMismatch')
    expect(reasonCodes).toContain('match.invoiceNumber')
    expect(reasonCodes).toContain('match.combination')
  })

  for (const lang of ['es', 'ro', 'en']) {
    it(`${lang}: every error code has a message`, () => {
      expect(errorCodes.filter((c) => !lookup(ERRORS[lang], c)?.trim())).toEqual([])
    })
    it(`${lang}: every reason and warning has a text (plural forms when it counts)`, () => {
      const missing = reasonCodes.filter((c) => !lookup(BANK[lang], c)?.trim() && !lookup(BANK[lang], `${c}_other`)?.trim())
      expect(missing).toEqual([])
      expect(lookup(BANK[lang], `match.writeOffReasons.${BANK_CHARGES}`)).toBeTruthy()
    })
  }

  it('es, ro and en have the same keys and placeholders', () => {
    for (const [trees, top] of [[BANK, 'match'], [ERRORS, 'matching']] as const) {
      const es = (trees.es?.[top] ?? {}) as Tree
      for (const lang of ['ro', 'en']) {
        const other = (trees[lang]?.[top] ?? {}) as Tree
        expect(leaves(other).sort(), `${lang} ${top}`).toEqual(leaves(es).sort())
        for (const key of leaves(es)) expect(placeholders(lookup(other, key)), `${lang} ${key}`).toEqual(placeholders(lookup(es, key)))
      }
    }
  })

  it('is real Spanish and Romanian', () => {
    expect(lookup(bankEs, 'match.payerMismatch')).toContain('ordenante')
    expect(lookup(bankRo, 'match.payerMismatch')).toContain('Plătitorul')
    expect(lookup(errRo, 'matching.otherCustomer')).toContain('aparține')
    expect(lookup(bankEs, 'match.writeOffReasons.bankCharges')).toBe('Gastos bancarios')
    expect(lookup(bankRo, 'match.writeOffReasons.bankCharges')).toBe('Comisioane bancare')
  })
})

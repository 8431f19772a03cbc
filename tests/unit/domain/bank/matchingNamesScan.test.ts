/**
 * findByName (issue 7: words counted per customer in typed arrays) finds exactly what a scan of every customer finds:
 * each customer whose legal or trade name is at least `minScore` similar to the payer's name (tokenSimilarity, the
 * payer's last word possibly cut short by the bank), best first, then by id. On the demo's customers (ES and RO, where
 * a few words are shared by hundreds of names) and on payers' names as banks write them: whole, reordered, cut short,
 * with words of other customers, in capitals without accents.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildNameIndex, findByName, nameTokens, tokenSimilarity } from '../../../../renderer/domain/bank/match/names'
import type { MatchCustomer } from '../../../../renderer/domain/bank/matching'
import { generateCustomers, planDemo } from '../../../../renderer/domain/demo'

function scan(customers: readonly MatchCustomer[], payer: string, minScore: number) {
  const tokens = nameTokens(payer)
  const best = new Map<string, number>()
  for (const c of customers) {
    for (const words of [nameTokens(c.legalName), nameTokens(c.tradeName)]) {
      if (words.length === 0 || tokens.length === 0) continue
      best.set(c.id, Math.max(best.get(c.id) ?? 0, tokenSimilarity(tokens, words)))
    }
  }
  return [...best]
    .filter(([, score]) => score >= minScore && score > 0)
    .map(([customerId, score]) => ({ customerId, score }))
    .sort((a, b) => b.score - a.score || (a.customerId < b.customerId ? -1 : 1))
}

const demoCustomers = (country: 'ES' | 'RO') => {
  const plan = planDemo({ country, today: '2026-11-23', customers: 300, months: 1, invoicesPerCustomerMonth: 1, seed: 5 })
  return generateCustomers(plan, 0, plan.customers.length).customers
}

describe('findByName against a scan of every customer', () => {
  for (const country of ['ES', 'RO'] as const) {
    it(`finds the same customers with the same scores (${country} demo)`, () => {
      const customers = demoCustomers(country)
      const words = [...new Set(customers.flatMap((c) => nameTokens(`${c.legalName} ${c.tradeName}`)))]
      const payer = fc.oneof(
        fc.constantFrom(...customers.map((c) => c.legalName), ...customers.map((c) => c.tradeName)),
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
        fc.tuple(fc.constantFrom(...customers.map((c) => c.legalName)), fc.integer({ min: 3, max: 30 })).map(([n, cut]) => n.slice(0, cut)),
        fc.constantFrom(...customers.map((c) => c.legalName.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[.,]/g, ''))),
      )
      fc.assert(
        fc.property(fc.array(fc.tuple(payer, fc.constantFrom(50, 70, 85, 100)), { minLength: 1, maxLength: 20 }), (questions) => {
          const index = buildNameIndex(customers)
          for (const [name, score] of questions) expect(findByName(index, name, score), `${name} @${score}`).toEqual(scan(customers, name, score))
        }),
        { numRuns: 60 },
      )
    }, 60_000)
  }
})

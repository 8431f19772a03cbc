/**
 * What a match index remembers (issue 7, match/memo.ts: open invoices per customer and currency, early-payment
 * discounts per payment date, references per remittance; names.ts: the name index kept while the customers' names are
 * the same) changes no proposal: asked in any order, again and again, an index that remembers proposes what one that
 * computes every answer proposes. Lines in both currencies and none, paid inside and after discount windows, naming
 * invoices, by payers known and unknown.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildMatchIndex, proposeMatches, type MatchIndex } from '../../../../renderer/domain/bank/matching'
import { buildNameIndex } from '../../../../renderer/domain/bank/match/names'
import type { BankLine } from '../../../../renderer/domain/bank/types'
import { credit, customers, IBAN_B, invoice, knownPayers, openInvoices, promises, settledInvoices } from './matchingFixtures'

const book = [
  ...openInvoices,
  invoice('c401', 'cC', 401, 250000, '2026-12-10', { issueDate: '2026-11-05', earlyDiscount: { percent: 300, days: 15 }, currency: 'RON' }),
  invoice('c402', 'cC', 402, 80000, '2026-12-15', { issueDate: '2026-11-08', currency: 'RON' }),
  invoice('a131', 'cA', 131, 50000, '2026-11-25', { issueDate: '2026-11-03', earlyDiscount: { percent: 150, days: 7 } }),
]

function indexes(): { remembering: MatchIndex; computing: MatchIndex } {
  const remembering = buildMatchIndex({ customers, openInvoices: book, knownPayers, promises, settledInvoices })
  const { memo: _memo, ...rest } = buildMatchIndex({ customers, openInvoices: book, knownPayers, promises, settledInvoices })
  return { remembering, computing: { ...rest, names: buildNameIndex(customers) } }
}

const amounts = [...book.flatMap((i) => [i.openAmount, i.openAmount - 1_00, i.openAmount + 5_00]), 121000 + 60500, 50000 + 30000, 98000, 242500, 49250, 33333, 777]
const lineArb: fc.Arbitrary<BankLine> = fc
  .record({
    amount: fc.oneof(fc.constantFrom(...amounts), fc.integer({ min: 1, max: 400_000 })),
    currency: fc.constantFrom('EUR', 'RON', ''),
    date: fc.constantFrom('2026-11-02', '2026-11-06', '2026-11-09', '2026-11-11', '2026-11-12', '2026-11-20', '2026-12-30'),
    name: fc.constantFrom('', 'DISTRIBUCIONES NUNEZ SL', 'CASA PEPE', 'MURESAN TRANS SRL', 'BAR EL PUERTO', 'Devolución 12', 'NUNEZ DISTRIB'),
    remittance: fc.constantFrom('', 'Transferencia', 'Pago factura F2026-000123', 'FRA 123 y 124', 'F2026-000400', 'fact 401 402', 'F2026-000100 pagada', 'Pago 2026/131'),
    iban: fc.constantFrom('', IBAN_B),
    taxId: fc.constantFrom('', 'B12345674', 'RO14399840'),
  })
  .map((r) => credit(r.amount, { currency: r.currency, bookingDate: r.date, valueDate: r.date, counterpartyName: r.name, remittance: r.remittance, counterpartyIban: r.iban, counterpartyTaxId: r.taxId }))

describe('matching with what an index remembers', () => {
  it('proposes what an index that computes every answer proposes, in any order, asked again', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 40 }), (lines) => {
        const { remembering, computing } = indexes()
        for (const line of [...lines, ...lines.slice().reverse()]) {
          expect(proposeMatches(remembering, line), JSON.stringify(line)).toEqual(proposeMatches(computing, line))
        }
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('is not vacuous: the lines meet discounts, both currencies and named invoices', () => {
    const { remembering } = indexes()
    const codes = (line: BankLine) => proposeMatches(remembering, line).flatMap((p) => [...p.reasons, ...p.warnings].map((r) => r.code))
    expect(codes(credit(97000, { currency: 'RON', bookingDate: '2026-11-09', valueDate: '2026-11-09', counterpartyTaxId: 'RO14399840', remittance: 'F2026-000400' }))).toContain('match.currencyMismatch')
    expect(codes(credit(242500, { currency: 'RON', bookingDate: '2026-11-12', valueDate: '2026-11-12', counterpartyTaxId: 'RO14399840', remittance: 'fact 401' }))).toContain('match.earlyDiscount')
    expect(codes(credit(49250, { bookingDate: '2026-11-06', valueDate: '2026-11-06', counterpartyName: 'DISTRIBUCIONES NUNEZ SL', remittance: 'Transferencia' }))).toContain('match.earlyDiscount')
    expect(codes(credit(49250, { bookingDate: '2026-11-20', valueDate: '2026-11-20', counterpartyName: 'DISTRIBUCIONES NUNEZ SL', remittance: 'Transferencia' }))).not.toContain('match.earlyDiscount')
  })
})

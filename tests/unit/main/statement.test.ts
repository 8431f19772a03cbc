// @vitest-environment node
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDispatcher, createHandlers } from '../../../electron/main/handlers'
import type { AgingCustomerRow } from '../../../renderer/domain/reports/aging'
import { buildStatementModel, type StatementLedgerRow, type StatementModel } from '../../../renderer/domain/reports/statement'
import type { Language } from '../../../renderer/domain/types'
import { companyES, companyRO } from './fixtures'
import { fakeDeps, pdfText, tempDir } from './helpers'

const ledger: StatementLedgerRow[] = [
  { date: '2026-01-01', kind: 'opening', reference: '', dueDate: '', debit: 50_000, credit: 0, balance: 50_000 },
  { date: '2026-02-10', kind: 'invoice', reference: 'F2026-000010', dueDate: '2026-03-12', debit: 121_000, credit: 0, balance: 171_000 },
  { date: '2026-02-20', kind: 'payment', reference: 'TRF 0220', dueDate: '', debit: 0, credit: 50_000, balance: 121_000 },
  { date: '2026-03-01', kind: 'creditNote', reference: 'R2026-000001', dueDate: '', debit: 0, credit: 12_100, balance: 108_900 },
  { date: '2026-03-05', kind: 'discount', reference: 'F2026-000010', dueDate: '', debit: 0, credit: 1_089, balance: 107_811 },
  { date: '2026-04-02', kind: 'invoice', reference: 'F2026-000031', dueDate: '2026-05-02', debit: 36_315, credit: 0, balance: 144_126 },
]

const agingRow: AgingCustomerRow = {
  customerId: 'c1',
  name: 'x',
  buckets: [0, 0, 36_315, 0, 107_811],
  total: 144_126,
  oldestDaysPastDue: 110,
  invoices: [
    { invoiceId: 'i1', number: 'F2026-000010', issueDate: '2026-02-10', dueDate: '2026-03-12', daysPastDue: 110, open: 107_811, bucketIndex: 4 },
    { invoiceId: 'i2', number: 'F2026-000031', issueDate: '2026-04-02', dueDate: '2026-05-02', daysPastDue: 59, open: 36_315, bucketIndex: 2 },
  ],
}

function statement(language: Language, currency: 'EUR' | 'RON' = 'EUR', rows = ledger): StatementModel {
  const customer = {
    id: 'c1',
    code: 'C0012',
    legalName: language === 'ro' ? 'Magazinul Țărănesc S.R.L.' : 'Ultramarinos Ñuñez Pérez',
    taxId: language === 'ro' ? 'RO24681357' : 'B87654323',
    tradeRegister: language === 'ro' ? 'J12/3456/2011' : '',
    address: { street: 'Calle Mayor 1', city: 'Cádiz', postalCode: '11001', region: 'Cádiz', country: 'ES' },
    language,
  }
  return buildStatementModel({
    company: { currency },
    customer,
    ledger: rows,
    aging: { asOf: '2026-06-30', bounds: [0, 30, 60, 90], rows: [agingRow] },
    from: '2026-01-01',
    to: '2026-06-30',
  })
}

describe('documents:saveStatementPdf', () => {
  it('prints the Spanish estado de cuenta: parties, period, opening, every document with its running balance, totals, closing, aging', async () => {
    const dir = join(tempDir(), 'Cobro')
    const deps = fakeDeps({ documentsDir: dir })
    const res = await createHandlers(deps)['documents:saveStatementPdf']({ statement: statement('es'), company: companyES(), mode: 'default', open: false })
    const name = 'Estado de cuenta - Ultramarinos Ñuñez Pérez - 2026-01-01 a 2026-06-30.pdf'
    expect(res).toEqual({ status: 'saved', path: join(dir, name), opened: false })
    const text = pdfText(join(dir, name))
    for (const s of [
      'Estado de cuenta',
      'Levante Distribuciones',
      'NIF: B12345674',
      'NIF: B87654323',
      'Periodo Del 01/01/2026 al 30/06/2026',
      'Código de cliente C0012',
      'Importes en EUR',
      'Fecha Documento Vencimiento Debe Haber Saldo',
      'Saldo inicial (01/01/2026) 500,00',
      '10/02/2026 Factura F2026-000010 12/03/2026 1.210,00 1.710,00',
      '20/02/2026 Cobro TRF 0220 500,00 1.210,00',
      '01/03/2026 Factura rectificativa R2026-000001 121,00 1.089,00',
      '05/03/2026 Descuento pronto pago F2026-000010 10,89 1.078,11',
      '02/04/2026 Factura F2026-000031 02/05/2026 363,15 1.441,26',
      'Totales del periodo 1.573,15 631,89 1.441,26',
      'Saldo final (30/06/2026) 1.441,26',
      'Saldo final 30/06/2026 1.441,26 €',
      'ANTIGÜEDAD DE LAS FACTURAS PENDIENTES A 30/06/2026',
      'No vencido 1-30 días 31-60 días 61-90 días Más de 90 días Total pendiente',
      '0,00 0,00 363,15 0,00 1.078,11 1.441,26 €',
      'Página 1 de 1',
    ]) {
      expect(text).toContain(s)
    }
    expect(text.replace(/\s+/g, ' ')).toContain('Le rogamos que revise este estado de cuenta y nos comunique cualquier diferencia en un plazo de 15 días.')
  })

  it('prints the Romanian fișa client and the English statement in the customer language', async () => {
    const dir = tempDir()
    const h = createHandlers(fakeDeps({ documentsDir: dir }))
    await h['documents:saveStatementPdf']({ statement: statement('ro', 'RON'), company: companyRO(), mode: 'default', open: false })
    const ro = pdfText(join(dir, 'Fișa client - Magazinul Țărănesc S.R.L. - 2026-01-01 - 2026-06-30.pdf'))
    for (const s of ['Fișa client', 'CIF: RO24681357', 'Reg. Com.: J12/3456/2011', 'Sold inițial (01.01.2026) 500,00', 'Încasare TRF 0220', 'Sold final 30.06.2026 1.441,26 lei', 'Nescadent', 'Peste 90 zile', 'Pagina 1 din 1']) {
      expect(ro).toContain(s)
    }
    expect(ro.replace(/\s+/g, ' ')).toContain('în termen de 15 zile')

    await h['documents:saveStatementPdf']({ statement: statement('en'), company: companyES(), mode: 'default', open: false })
    const en = pdfText(join(dir, 'Statement - Ultramarinos Ñuñez Pérez - 2026-01-01 to 2026-06-30.pdf'))
    for (const s of ['Statement of account', 'Opening balance (01/01/2026) 500.00', 'Closing balance 30/06/2026 €1,441.26', 'Over 90 days', 'Page 1 of 1']) {
      expect(en).toContain(s)
    }
    expect(en.replace(/\s+/g, ' ')).toContain('Please check this statement and tell us of any difference within 15 days.')
  })

  it('numbers the pages of a long statement "x of y" and keeps the running balance to the last row', async () => {
    const rows: StatementLedgerRow[] = []
    let balance = 0
    for (let i = 0; i < 120; i++) {
      const debit = 10_000 + i
      balance += debit
      rows.push({ date: '2026-03-01', kind: 'invoice', reference: `F2026-${String(i + 1).padStart(6, '0')}`, dueDate: '2026-03-31', debit, credit: 0, balance })
    }
    const dir = tempDir()
    const res = await createHandlers(fakeDeps({ documentsDir: dir }))['documents:saveStatementPdf']({ statement: statement('es', 'EUR', rows), company: companyES(), mode: 'default', open: false })
    if (res.status !== 'saved') throw new Error('not saved')
    const pages = pdfText(res.path).split('\f').filter((p) => p.trim() !== '')
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((p, i) => expect(p).toContain(`Página ${i + 1} de ${pages.length}`))
    // 120 invoices of 100.00 + i cents: 12,000.00 + 71.40
    expect(pages.at(-1)).toContain('Saldo final 30/06/2026 12.071,40 €')
  })

  it("asks where to save in 'ask' mode, in the customer's language, and writes nothing when cancelled", async () => {
    const dir = join(tempDir(), 'Cobro')
    const deps = fakeDeps({ documentsDir: dir, dialogAnswer: { canceled: true } })
    const res = await createHandlers(deps)['documents:saveStatementPdf']({ statement: statement('ro', 'RON'), company: companyRO(), mode: 'ask', open: false })
    expect(res).toEqual({ status: 'cancelled' })
    expect(deps.dialogCalls[0]).toMatchObject({
      title: 'Salvare fișă client',
      defaultPath: join(dir, 'Fișa client - Magazinul Țărănesc S.R.L. - 2026-01-01 - 2026-06-30.pdf'),
    })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('statement payloads', () => {
  const dispatch = createDispatcher(fakeDeps({ documentsDir: tempDir() }))
  async function fieldOf(mutate: (s: StatementModel) => void) {
    const s = statement('es')
    mutate(s)
    const res = await dispatch('documents:saveStatementPdf', { statement: s, company: companyES(), mode: 'default', open: false })
    expect(res.ok).toBe(false)
    if (res.ok) return undefined
    expect(res.error.code).toBe('ipc.invalidInput')
    return res.error.params.field
  }

  it('refuses figures that do not add up, naming the one that is wrong', async () => {
    expect(await fieldOf((s) => (s.closing += 1))).toBe('statement.closing')
    expect(await fieldOf((s) => (s.totalDebit -= 100))).toBe('statement.totalDebit')
    expect(await fieldOf((s) => (s.rows[2]!.balance += 1))).toBe('statement.rows.2.balance')
    expect(await fieldOf((s) => (s.aging.total += 1))).toBe('statement.aging.total')
    expect(await fieldOf((s) => (s.rows[0]!.debit = 0.5))).toBe('statement.rows.0.debit')
    expect(await fieldOf((s) => (s.rows[0]!.date = '2025-12-31'))).toBe('statement.rows.0.date')
    expect(await fieldOf((s) => (s.to = '2026-02-30'))).toBe('statement.to')
    expect(await fieldOf((s) => ((s as { language: string }).language = 'fr'))).toBe('statement.language')
    expect(await fieldOf((s) => (s.customer.legalName = ' '))).toBe('statement.customer.legalName')
  })
})

// @vitest-environment node
/** XLSX exports read back with exceljs, cell by cell: headers, types, number formats, totals, layout. */
import { describe, expect, it } from 'vitest'
import type { AgingExportRow, CustomerExportRow, PaymentRegisterRow, SalesRegisterRow } from '../../../electron/contract/exports'
import { sheetName } from '../../../electron/main/exports/columns'
import { tempDir } from './helpers'
import { beginReq, ES_RATES, esSalesRows, harnessIn, readSheet, rowTexts, runExport, statementRows } from './exports/fixtures'

const EUR = '#,##0.00 "€";[Red]-#,##0.00 "€"'
const LEI = '#,##0.00 "lei";[Red]-#,##0.00 "lei"'
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const NB = '\u00a0'

describe('sales invoice register (XLSX)', () => {
  it('es: title, per-rate columns with recargo, typed cells and a totals row summed to the cent', async () => {
    const h = harnessIn(tempDir())
    const title = ['Distribuciones Levante S.L. — NIF B12345674', 'Libro registro de facturas expedidas, enero-febrero 2026']
    const res = await runExport(h, beginReq({ kind: 'salesRegister', rates: ES_RATES, title, fileName: 'Libro registro 2026-T1' }), [esSalesRows()])
    expect(res).toMatchObject({ status: 'saved', rows: 3, opened: false })
    expect(res.path.endsWith('Libro registro 2026-T1.xlsx')).toBe(true)

    const ws = await readSheet(res.path)
    expect(ws.name).toBe('Facturas expedidas')
    expect(ws.getCell('A1').value).toBe(title[0])
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 })
    expect(ws.getCell('A2').value).toBe(title[1])
    expect(ws.getRow(3).cellCount).toBe(0)

    // Header on row 4: one base / VAT / recargo triple per rate, in the order given.
    const headers = rowTexts(ws, 4, 22)
    expect(headers).toEqual([
      'Tipo de factura', 'Fecha de expedición', 'Fecha de operación', 'Serie', 'Número', 'Factura rectificada',
      'Destinatario', 'NIF destinatario', 'País',
      `Base 21${NB}%`, `IVA 21${NB}%`, `Recargo 5,2${NB}%`, `Base 10${NB}%`, `IVA 10${NB}%`, `Recargo 1,4${NB}%`,
      'Base imponible total', 'Cuota de IVA total', 'Recargo de equivalencia total', 'Total factura',
      'Moneda del documento', 'Total en moneda del documento', 'Tipo de cambio',
    ])
    expect(ws.getCell('V4').value).toBe('Tipo de cambio')
    // No cancelled invoice in this register: no cancellation columns.
    expect(ws.getCell('W4').value).toBeNull()
    expect(ws.getCell('J4').font).toMatchObject({ bold: true })
    expect(ws.getCell('J4').alignment).toMatchObject({ wrapText: true })
    expect(ws.getCell('J4').border?.bottom).toMatchObject({ style: 'thin' })
    expect(ws.getCell('J4').fill).toMatchObject({ type: 'pattern', pattern: 'solid' })

    // First invoice: dates are dates, money is cents / 100 with the euro format.
    expect(ws.getCell('A5').value).toBe('Factura')
    expect(ws.getCell('B5').value).toEqual(utc('2026-01-15'))
    expect(ws.getCell('B5').numFmt).toBe('dd/mm/yyyy')
    expect(ws.getCell('C5').value).toEqual(utc('2026-01-12'))
    const money5 = ['J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'].map((c) => ws.getCell(`${c}5`))
    expect(money5.map((c) => c.value)).toEqual([1000, 210, 52, 500, 50, 7, 1500, 260, 59, 1819])
    for (const c of money5) expect(c.numFmt).toBe(EUR)

    // Second: 21 % without recargo (customer not in the regime), no 10 %: those cells are blank.
    expect(ws.getCell('C6').value).toBeNull()
    expect(ws.getCell('J6').value).toBe(123.45)
    expect(ws.getCell('K6').value).toBe(25.92)
    expect(ws.getCell('L6').value).toBeNull()
    expect(ws.getCell('M6').value).toBeNull()
    expect(ws.getCell('R6').value).toBe(0)
    expect(ws.getCell('S6').value).toBe(149.37)
    // A text that looks like a formula stays text in XLSX.
    expect(ws.getCell('G6').value).toBe('=HYPERLINK("http://x")')

    // Credit note: negative amounts, its corrected invoice.
    expect(ws.getCell('A7').value).toBe('Factura rectificativa')
    expect(ws.getCell('F7').value).toBe('F2026-000001')
    expect(['J7', 'K7', 'L7', 'S7'].map((a) => ws.getCell(a).value)).toEqual([-100, -21, -5.2, -126.2])
    expect(ws.getCell('T7').value).toBeNull()
    expect(ws.getCell('U7').value).toBeNull()

    // Totals row: SUM formulas over the data rows, with the exact result from cents.
    expect(ws.getCell('A8').value).toBe('Total')
    expect(ws.getCell('A8').font).toMatchObject({ bold: true })
    expect(ws.getCell('J8').border?.top).toMatchObject({ style: 'thin' })
    const totals: Record<string, number> = { J: 1023.45, K: 214.92, L: 46.8, M: 500, N: 50, O: 7, P: 1523.45, Q: 264.92, R: 53.8, S: 1842.17 }
    for (const [col, result] of Object.entries(totals)) {
      expect(ws.getCell(`${col}8`).value, col).toEqual({ formula: `SUM(${col}5:${col}7)`, result })
      expect(ws.getCell(`${col}8`).numFmt).toBe(EUR)
    }
    // Other-currency totals and exchange rates are never summed.
    expect(ws.getCell('U8').value).toBeNull()
    expect(ws.getCell('V8').value).toBeNull()
    expect(ws.rowCount).toBe(8)

    // Frozen below the header, filter over header and data, widths set.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, topLeftCell: 'A5' })
    expect(ws.autoFilter).toBe('A4:V7')
    expect(ws.getColumn(7).width).toBeGreaterThan(ws.getColumn(4).width ?? 0)
  })

  it('ro: lei, dd.mm.yyyy, no recargo columns, a document in euros with its own total and rate', async () => {
    const h = harnessIn(tempDir())
    const rates = [
      { vatRate: 1900, recargoRate: 0 },
      { vatRate: 900, recargoRate: 0 },
    ]
    const rows: SalesRegisterRow[] = [
      {
        docType: 'invoice', date: '2026-03-02', operationDate: '', series: 'FV', number: 'FV2026-000101', correctedNumber: '',
        customerName: 'Mărțișor Distribuție S.R.L.', taxId: 'RO18547290', country: 'RO',
        byRate: [
          { vatRate: 1900, recargoRate: 0, base: 100000, vat: 19000, recargo: 0 },
          { vatRate: 900, recargoRate: 0, base: 20000, vat: 1800, recargo: 0 },
        ],
        base: 120000, vat: 20800, recargo: 0, total: 140800, documentCurrency: '', documentTotal: null, exchangeRate: null,
        cancelledOn: '', cancelReason: '',
      },
      {
        docType: 'creditNote', date: '2026-03-05', operationDate: '', series: 'ST', number: 'ST2026-000003', correctedNumber: 'FV2026-000090',
        customerName: 'Țiței Import S.A.', taxId: 'RO14399840', country: 'RO',
        byRate: [{ vatRate: 1900, recargoRate: 0, base: -49750, vat: -9453, recargo: 0 }],
        base: -49750, vat: -9453, recargo: 0, total: -59203, documentCurrency: 'EUR', documentTotal: -11900, exchangeRate: 4.975,
        cancelledOn: '', cancelReason: '',
      },
    ]
    const res = await runExport(h, beginReq({ kind: 'salesRegister', language: 'ro', currency: 'RON', rates }), [rows])
    const ws = await readSheet(res.path)
    expect(ws.name).toBe('Jurnal de vânzări')
    // A Romanian register has no cancelled invoices (Romania corrects by credit note): no cancellation columns.
    expect(rowTexts(ws, 1, 19)).toEqual([
      'Tip document', 'Data documentului', 'Data livrării', 'Serie', 'Număr', 'Factura stornată', 'Beneficiar', 'CUI beneficiar', 'Țara',
      'Baza 19%', 'TVA 19%', 'Baza 9%', 'TVA 9%', 'Total bază impozabilă', 'Total TVA', 'Total document',
      'Moneda documentului', 'Total în moneda documentului', 'Curs de schimb',
    ])
    expect(ws.getCell('T1').value).toBeNull()
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.getCell('A2').value).toBe('Factură')
    expect(ws.getCell('A3').value).toBe('Factură storno')
    expect(ws.getCell('B3').value).toEqual(utc('2026-03-05'))
    expect(ws.getCell('B3').numFmt).toBe('dd.mm.yyyy')
    expect(ws.getCell('J2').value).toBe(1000)
    expect(ws.getCell('J2').numFmt).toBe(LEI)
    expect(ws.getCell('P3').value).toBe(-592.03)
    expect(ws.getCell('Q3').value).toBe('EUR')
    expect(ws.getCell('R3').value).toBe(-119)
    expect(ws.getCell('R3').numFmt).toBe(EUR)
    expect(ws.getCell('S3').value).toBe(4.975)
    expect(ws.getCell('A4').value).toBe('Total')
    expect(ws.getCell('P4').value).toEqual({ formula: 'SUM(P2:P3)', result: 815.97 })
    expect(ws.getCell('R4').value).toBeNull()
  })
})

describe('other kinds (XLSX)', () => {
  it('aging: bucket headers from the bounds in es and ro, total per bucket', async () => {
    const rows: AgingExportRow[] = [
      { customerCode: 'C001', customerName: 'Ultramarinos Ñuñez', taxId: '12345678Z', buckets: [10000, 20000, 0, 5050, 99], total: 35149, oldestDueDate: '2025-10-01' },
      { customerCode: 'C002', customerName: 'Bar Pepe', taxId: 'B12345674', buckets: [1, 2, 3, 4, 5], total: 15, oldestDueDate: '' },
    ]
    const es = await readSheet((await runExport(harnessIn(tempDir()), beginReq({ kind: 'aging', bounds: [0, 30, 60, 90] }), [rows])).path)
    expect(es.name).toBe('Antigüedad de saldos')
    expect(rowTexts(es, 1, 10)).toEqual([
      'Código de cliente', 'Cliente', 'NIF', 'No vencido', '1–30 días', '31–60 días', '61–90 días', 'Más de 90 días',
      'Total pendiente', 'Vencimiento más antiguo',
    ])
    expect(es.getCell('D2').value).toBe(100)
    expect(es.getCell('H2').value).toBe(0.99)
    expect(es.getCell('J2').value).toEqual(new Date('2025-10-01T00:00:00.000Z'))
    expect(es.getCell('J3').value).toBeNull()
    expect(es.getCell('I4').value).toEqual({ formula: 'SUM(I2:I3)', result: 351.64 })
    expect(es.getCell('G4').value).toEqual({ formula: 'SUM(G2:G3)', result: 50.54 })

    const ro = await readSheet(
      (await runExport(harnessIn(tempDir()), beginReq({ kind: 'aging', language: 'ro', currency: 'RON', bounds: [15, 30, 31, 120] }), [rows])).path,
    )
    expect(ro.name).toBe('Vechimea creanțelor')
    expect(rowTexts(ro, 1, 9).slice(3)).toEqual(['Până la 15 zile', '16–30 de zile', '31 de zile', '32–120 de zile', 'Peste 120 de zile', 'Total de încasat'])
    expect(ro.getCell('D2').numFmt).toBe(LEI)
  })

  it('statement: translated kinds, opening balance, running balance never summed, chained across chunks', async () => {
    const rows = statementRows()
    const res = await runExport(
      harnessIn(tempDir()),
      beginReq({ kind: 'statement', language: 'ro', currency: 'RON', title: ['Fișa client — Mărțișor S.R.L.'] }),
      [rows.slice(0, 2), rows.slice(2)],
    )
    expect(res.rows).toBe(4)
    const ws = await readSheet(res.path)
    expect(ws.name).toBe('Fișa client')
    expect(rowTexts(ws, 3, 7)).toEqual(['Data', 'Operațiune', 'Document', 'Scadență', 'Debit', 'Credit', 'Sold'])
    expect(rowTexts(ws, 4, 7)).toEqual([utc('2026-01-01'), 'Sold inițial', null, null, null, null, 500])
    expect(rowTexts(ws, 5, 7)).toEqual([utc('2026-01-10'), 'Factură', 'F2026-000010', utc('2026-02-09'), 1210, 0, 1710])
    expect(ws.getCell('B7').value).toBe('Factură storno')
    expect(ws.getCell('A8').value).toBe('Total')
    expect(ws.getCell('E8').value).toEqual({ formula: 'SUM(E4:E7)', result: 1210 })
    expect(ws.getCell('F8').value).toEqual({ formula: 'SUM(F4:F7)', result: 621 })
    expect(ws.getCell('G8').value).toBeNull()
    expect(ws.getCell('G7').value).toBe(1089)
    expect(ws.getCell('G7').numFmt).toBe(LEI)
  })

  it('payments and customers in English: yyyy-mm-dd, translated methods and languages, limits not summed', async () => {
    const payments: PaymentRegisterRow[] = [
      { date: '2026-04-01', customerCode: 'C1', customerName: 'A', taxId: 'X', method: 'promissoryNote', reference: 'PG-1', amount: 100050, allocated: 90000, discount: 1500, unallocated: 10050, invoices: 'F2026-000012, F2026-000015' },
      { date: '2026-04-02', customerCode: 'C2', customerName: 'B', taxId: 'Y', method: 'directDebit', reference: '', amount: 1, allocated: 1, discount: 0, unallocated: 0, invoices: 'F2026-000020' },
    ]
    const p = await readSheet((await runExport(harnessIn(tempDir()), beginReq({ kind: 'payments', language: 'en' }), [payments])).path)
    expect(p.name).toBe('Payments')
    expect(p.getCell('E1').value).toBe('Payment method')
    expect(p.getCell('E2').value).toBe('Promissory note')
    expect(p.getCell('E3').value).toBe('Direct debit')
    expect(p.getCell('A2').numFmt).toBe('yyyy-mm-dd')
    expect(['G4', 'H4', 'I4', 'J4'].map((a) => (p.getCell(a).value as { result: number }).result)).toEqual([1000.51, 900.01, 15, 100.5])

    const customers: CustomerExportRow[] = [
      { code: 'C1', legalName: 'Ultramarinos Ñuñez', tradeName: '', taxId: '12345678Z', country: 'ES', city: 'Valencia', email: 'a@b.es', phone: '+34 600', terms: '30 days', creditLimit: 500000, balance: 123456, overdue: 0, language: 'ro', collectionProfile: 'Standard' },
      { code: 'C2', legalName: 'Bar Pepe', tradeName: 'Pepe', taxId: 'B12345674', country: 'ES', city: 'Burjassot', email: '', phone: '', terms: 'Immediate', creditLimit: 100000, balance: -2000, overdue: 500, language: 'es', collectionProfile: '' },
    ]
    const c = await readSheet((await runExport(harnessIn(tempDir()), beginReq({ kind: 'customers', language: 'en' }), [customers])).path)
    expect(rowTexts(c, 1, 14)).toEqual([
      'Code', 'Legal name', 'Trade name', 'Tax ID', 'Country', 'City', 'Email', 'Phone', 'Payment terms', 'Credit limit', 'Balance', 'Overdue',
      'Document language', 'Collection profile',
    ])
    expect(c.getCell('M2').value).toBe('Romanian')
    expect(c.getCell('K3').value).toBe(-20)
    expect(c.getCell('J4').value).toBeNull()
    expect(c.getCell('K4').value).toEqual({ formula: 'SUM(K2:K3)', result: 1214.56 })
  })

  it('an export with no rows still has its header and a zero totals row', async () => {
    const h = harnessIn(tempDir())
    const started = await h.call('exports:begin', beginReq({ kind: 'creditNotes' }))
    const id = (started as { ok: true; value: { exportId: string } }).value.exportId
    const done = await h.call('exports:finish', { exportId: id, open: false })
    expect(done).toMatchObject({ ok: true, value: { rows: 0 } })
    const ws = await readSheet((done as { ok: true; value: { path: string } }).value.path)
    expect(ws.name).toBe('Facturas rectificativas')
    expect(ws.getCell('F1').value).toBe('Motivo de la rectificación')
    expect(ws.getCell('A2').value).toBe('Total')
    expect(ws.getCell('J2').value).toBe(0)
  })

  it('sheet names are cut to 31 characters without the characters Excel forbids', () => {
    expect(sheetName('Ventas: 2026/T1 [borrador]?*')).toBe('Ventas 2026 T1 borrador')
    expect(sheetName("'x'")).toBe('x')
    expect(sheetName('A'.repeat(40))).toHaveLength(31)
  })
})

/**
 * Letter fixtures (LetterModel, as renderer/domain/collections builds them): a Spanish requerimiento de pago, a
 * Spanish second reminder, a Romanian somație de plată and an English first reminder. The paragraphs are written
 * the way the default templates read once their placeholders are filled in. Amounts are checked by hand:
 *
 * ES demand, 2026-11-23, rate 10,15 %, act/365:
 *   F2026-000101  1.250,00 outstanding, due 2026-09-13, 71 days: 1.250,00 x 10,15 % x 71 / 365 = 24,68
 *   F2026-000117  2.722,38 total, 1.722,38 outstanding, due 2026-10-02, 52 days: 1.722,38 x 10,15 % x 52 / 365 = 24,91
 *   principal 2.972,38 + interest 49,59 + compensation 2 x 40,00 = 3.101,97
 * RO somație, 2026-11-23, rate 14,50 %, 40 EUR at 5,0900 lei = 203,60 lei:
 *   CDB2026-000042  4.815,20 lei, due 2026-09-30, 54 days: 4.815,20 x 14,50 % x 54 / 365 = 103,30
 *   principal 4.815,20 + interest 103,30 + compensation 203,60 = 5.122,10 lei
 */
import type { LetterModel } from '../../../renderer/domain/collections/types'
import { addressES, addressRO, LOGO_PNG } from './fixtures'

export function demandES(overrides: Partial<LetterModel> = {}): LetterModel {
  return structuredClone({
    templateKey: 'demand',
    kind: 'demand',
    language: 'es',
    country: 'ES',
    currency: 'EUR',
    date: '2026-11-23',
    payBy: '2026-12-03',
    company: {
      legalName: 'Distribuciones Levante S.L.',
      taxId: 'B12345674',
      tradeRegister: 'R.M. Valencia, T. 9876, F. 12, H. V-54321',
      address: addressES,
      iban: 'ES9121000418450200051332',
      bankName: 'CaixaBank',
      email: 'administracion@levante-distribuciones.es',
      phone: '+34 963 123 456',
      logoDataUrl: LOGO_PNG,
    },
    customer: {
      id: 'cust-7',
      legalName: 'Restaurante El Puerto, S.L.',
      taxId: 'B87654323',
      tradeRegister: '',
      address: { street: 'Muelle de Levante 5, local 2', city: 'Cádiz', postalCode: '11006', region: 'Cádiz', country: 'ES' },
      contactName: 'D. Antonio Ruiz Muñoz',
    },
    invoices: [
      { invoiceId: 'inv-101', number: 'F2026-000101', issueDate: '2026-08-14', dueDate: '2026-09-13', total: 125000, outstanding: 125000, daysLate: 71, interest: 2468, rate: 1015, compensation: 4000 },
      { invoiceId: 'inv-117', number: 'F2026-000117', issueDate: '2026-09-02', dueDate: '2026-10-02', total: 272238, outstanding: 172238, daysLate: 52, interest: 2491, rate: 1015, compensation: 4000 },
    ],
    principal: 297238,
    interest: 4959,
    compensation: 8000,
    fees: 0,
    totalClaimed: 310197,
    subject: 'Requerimiento de pago de las facturas vencidas e impagadas',
    paragraphs: [
      'Muy señores nuestros:',
      'Por medio del presente escrito, Distribuciones Levante S.L. (NIF B12345674) les requiere formalmente el pago de las 2 facturas que se detallan a continuación, vencidas e impagadas a pesar de los 3 recordatorios que les hemos enviado.',
      'De conformidad con los artículos 5 y 7 de la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales, las cantidades adeudadas devengan automáticamente, desde el día siguiente a su vencimiento, el interés de demora al tipo legal del 10,15 % anual, que a fecha de hoy asciende a 49,59 €. Conforme al artículo 8 de la misma Ley, les reclamamos además una indemnización de 40 € por cada factura en concepto de costes de cobro.',
      'Les requerimos para que abonen la cantidad total de 3.101,97 € antes del 03/12/2026 mediante transferencia a la cuenta ES91 2100 0418 4502 0005 1332, indicando los números de factura.',
      'Si atraviesan dificultades para atender el pago, les invitamos a ponerse en contacto con nosotros antes de esa fecha para acordar un calendario de pagos.',
      'Transcurrido dicho plazo sin haber recibido el pago ni una propuesta de acuerdo, iniciaremos sin más aviso las acciones judiciales oportunas para el cobro de la deuda, incluido el proceso monitorio previsto en los artículos 812 y siguientes de la Ley de Enjuiciamiento Civil, con los gastos que ello conlleve.',
      'Atentamente,',
    ],
    remindersSent: 3,
    ...overrides,
  })
}

export function reminderES(overrides: Partial<LetterModel> = {}): LetterModel {
  const demand = demandES()
  return structuredClone({
    ...demand,
    templateKey: 'reminder2',
    kind: 'reminder',
    payBy: '2026-11-30',
    customer: {
      id: 'cust-2',
      legalName: 'Ultramarinos Ñuñez Pérez',
      taxId: '12345678Z',
      tradeRegister: '',
      address: { street: 'Avenida del Puerto 221, bajo', city: 'Valencia', postalCode: '46023', region: 'Valencia', country: 'ES' },
      contactName: '',
    },
    invoices: [
      { invoiceId: 'inv-130', number: 'F2026-000130', issueDate: '2026-09-20', dueDate: '2026-10-20', total: 84712, outstanding: 84712, daysLate: 34, interest: 0, rate: 1015, compensation: 0 },
    ],
    principal: 84712,
    interest: 0,
    compensation: 0,
    fees: 0,
    totalClaimed: 84712,
    subject: 'Segundo aviso: factura pendiente de pago',
    paragraphs: [
      'Estimado cliente:',
      'Le recordamos que la factura F2026-000130, por importe de 847,12 €, venció el 20/10/2026 y, según nuestros registros, sigue pendiente de pago.',
      'Le rogamos que efectúe el pago antes del 30/11/2026. Si ya lo ha realizado, le agradecemos que nos envíe el justificante y disculpe las molestias.',
      'Un cordial saludo,',
    ],
    remindersSent: 1,
    ...overrides,
  })
}

export function somatieRO(overrides: Partial<LetterModel> = {}): LetterModel {
  return structuredClone({
    templateKey: 'demand',
    kind: 'demand',
    language: 'ro',
    country: 'RO',
    currency: 'RON',
    date: '2026-11-23',
    payBy: '2026-12-08',
    company: {
      legalName: 'Distribuție Carpați S.R.L.',
      taxId: 'RO18765430',
      tradeRegister: 'J40/12345/2015',
      address: addressRO,
      iban: 'RO49AAAA1B31007593840000',
      bankName: 'Banca Transilvania',
      email: 'contabilitate@carpati-distributie.ro',
      phone: '+40 21 312 45 67',
      logoDataUrl: '',
    },
    customer: {
      id: 'cust-ro-1',
      legalName: 'Magazinul Țărănesc S.R.L.',
      taxId: 'RO24681357',
      tradeRegister: 'J12/3456/2011',
      address: { street: 'Str. Memorandumului nr. 28', city: 'Cluj-Napoca', postalCode: '400114', region: 'Cluj', country: 'RO' },
      contactName: 'Dna. Ioana Mureșan, administrator',
    },
    invoices: [
      { invoiceId: 'inv-ro-42', number: 'CDB2026-000042', issueDate: '2026-08-31', dueDate: '2026-09-30', total: 481520, outstanding: 481520, daysLate: 54, interest: 10330, rate: 1450, compensation: 20360 },
    ],
    principal: 481520,
    interest: 10330,
    compensation: 20360,
    fees: 0,
    totalClaimed: 512210,
    subject: 'Somație de plată',
    paragraphs: [
      'Stimate domnule administrator,',
      'Subscrisa Distribuție Carpați S.R.L., CUI RO18765430, Nr. Reg. Com. J40/12345/2015, vă somează să achitați suma de 5.122,10 lei, reprezentând debitul principal din factura detaliată mai jos, ajunsă la scadență și neachitată în ciuda celor 3 notificări transmise anterior.',
      'În temeiul Legii nr. 72/2013 și al OG nr. 13/2011, la debitul principal se adaugă dobânda legală penalizatoare de 14,50 % pe an, calculată de la scadență, în cuantum de 103,30 lei, precum și despăgubirea de 40 de euro pentru costurile de recuperare (203,60 lei).',
      'Vă solicităm să achitați suma totală în termen de 15 zile de la primirea prezentei, până la data de 08.12.2026, în contul RO49 AAAA 1B31 0075 9384 0000 deschis la Banca Transilvania.',
      'În cazul în care plata nu va fi efectuată în acest termen, vom introduce la instanța competentă cererea de ordonanță de plată prevăzută de art. 1014 și următoarele din Codul de procedură civilă, cheltuielile de judecată urmând a fi suportate de dumneavoastră.',
      'Cu stimă,',
    ],
    remindersSent: 3,
    ...overrides,
  })
}

export function reminderEN(overrides: Partial<LetterModel> = {}): LetterModel {
  return structuredClone({
    ...reminderES(),
    templateKey: 'reminder1',
    language: 'en',
    customer: {
      id: 'cust-uk',
      legalName: 'Harbour Foods Ltd',
      taxId: 'GB123456789',
      tradeRegister: '',
      address: { street: '12 Quayside Road', city: 'Bristol', postalCode: 'BS1 4RN', region: '', country: 'GB' },
      contactName: 'Accounts Payable',
    },
    subject: 'Payment reminder: invoice F2026-000130',
    paragraphs: [
      'Dear Sir or Madam,',
      'Our records show that invoice F2026-000130 for €847.12, due on 20/10/2026, is still unpaid. We would be grateful if you could settle it by 30/11/2026.',
      'If you have already paid, please send us the remittance advice and disregard this letter.',
      'Yours faithfully,',
    ],
    ...overrides,
  })
}

/** A customer with many overdue invoices: the letter runs over two pages. */
export function longDemandES(): LetterModel {
  const invoices = Array.from({ length: 38 }, (_, i) => ({
    invoiceId: `inv-l-${i}`,
    number: `F2026-${String(200 + i).padStart(6, '0')}`,
    issueDate: '2026-07-01',
    dueDate: '2026-07-31',
    total: 10000 + i * 1000,
    outstanding: 10000 + i * 1000,
    daysLate: 115,
    interest: 100 + i,
    rate: 1015,
    compensation: 4000,
  }))
  const sum = (k: 'outstanding' | 'interest' | 'compensation') => invoices.reduce((s, r) => s + r[k], 0)
  const principal = sum('outstanding')
  const interest = sum('interest')
  const compensation = sum('compensation')
  return demandES({
    customer: { ...demandES().customer, legalName: 'Hostelería Bahía de Cádiz, S.A.', taxId: 'A11223344' },
    invoices,
    principal,
    interest,
    compensation,
    fees: 1500,
    totalClaimed: principal + interest + compensation + 1500,
  })
}

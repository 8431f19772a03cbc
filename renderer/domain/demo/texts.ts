/**
 * The words inside demo documents (reasons, payment references, notes of calls), written as a wholesaler's staff
 * would write them, in the customer's language. They are data, not UI: they are not translated afterwards.
 */
import type { CallOutcome, Country, InteractionType, Language, PaymentMethod } from '../types'
import type { Rng } from './prng'

export const CREDIT_REASONS: Record<Language, { whole: string; partial: readonly string[] }> = {
  es: {
    whole: 'Anulación: factura emitida por error (pedido duplicado).',
    partial: [
      'Devolución de mercancía dañada en el transporte.',
      'Error en el precio unitario facturado.',
      'Producto con fecha de consumo preferente vencida, retirado.',
      'Diferencia de peso en la entrega.',
      'Botellas rotas en la descarga.',
    ],
  },
  ro: {
    whole: 'Stornare: factură emisă din eroare (comandă dublată).',
    partial: [
      'Retur marfă deteriorată la transport.',
      'Eroare de preț unitar pe factură.',
      'Produs cu termen de valabilitate depășit, retras.',
      'Diferență de cântar la livrare.',
      'Sticle sparte la descărcare.',
    ],
  },
  en: {
    whole: 'Cancellation: invoice issued in error (duplicate order).',
    partial: [
      'Return of goods damaged in transit.',
      'Wrong unit price invoiced.',
      'Product past its best-before date, withdrawn.',
      'Weight difference on delivery.',
      'Bottles broken while unloading.',
    ],
  },
}

export function paymentReference(rng: Rng, country: Country, method: PaymentMethod, numbers: string[]): string {
  const first = numbers[0] ?? ''
  const docs = numbers.length > 1 ? `${first} +${numbers.length - 1}` : first
  if (country === 'ES') {
    switch (method) {
      case 'cash':
        return `Cobro en efectivo ${docs}`
      case 'directDebit':
        return `Recibo domiciliado ${docs}`
      case 'promissoryNote':
        return `Pagaré nº ${rng.digits(7)}`
      case 'card':
        return `TPV ${docs}`
      default:
        return `Transferencia ${docs}`
    }
  }
  switch (method) {
    case 'cash':
      return `Chitanță nr. ${rng.int(100, 9999)}`
    case 'card':
      return `POS ${docs}`
    default:
      return `OP nr. ${rng.int(100, 9999)} ${docs}`
  }
}

export interface NoteTemplate {
  type: InteractionType
  outcome: CallOutcome
  text: Record<Language, string>
}

export const CHASE_STEPS: readonly NoteTemplate[] = [
  {
    type: 'email',
    outcome: '',
    text: {
      es: 'Enviado recordatorio por correo con copia de las facturas vencidas.',
      ro: 'Trimis e-mail de reamintire cu copia facturilor restante.',
      en: 'Reminder e-mailed with copies of the overdue invoices.',
    },
  },
  {
    type: 'call',
    outcome: 'notReached',
    text: { es: 'No contestan en administración.', ro: 'Nu răspunde nimeni la contabilitate.', en: 'No answer from accounts.' },
  },
  {
    type: 'call',
    outcome: 'excuse',
    text: {
      es: 'Dicen que la factura está pendiente de firma del director financiero.',
      ro: 'Spun că factura așteaptă semnătura directorului economic.',
      en: 'They say the invoice is waiting for the finance director to sign it.',
    },
  },
  {
    type: 'call',
    outcome: 'dispute',
    text: {
      es: 'No están conformes con una entrega: faltaron dos cajas. Piden rectificativa.',
      ro: 'Contestă o livrare: au lipsit două baxuri. Cer factură de stornare.',
      en: 'They dispute a delivery: two cases were missing. They ask for a credit note.',
    },
  },
  {
    type: 'letter',
    outcome: '',
    text: {
      es: 'Enviada carta de reclamación de deuda por correo certificado.',
      ro: 'Trimisă somație de plată prin poștă cu confirmare de primire.',
      en: 'Formal payment demand sent by registered post.',
    },
  },
]

export const PROMISE_STEP: NoteTemplate = {
  type: 'call',
  outcome: 'promise',
  text: {
    es: 'Hablado con administración: se comprometen a pagar por transferencia.',
    ro: 'Am vorbit cu contabilitatea: promit plata prin OP.',
    en: 'Spoke to accounts: they promise to pay by bank transfer.',
  },
}

export const VISIT_NOTE: NoteTemplate = {
  type: 'visit',
  outcome: 'reached',
  text: {
    es: 'Visita comercial: contentos con el servicio, preguntan por ofertas de verano.',
    ro: 'Vizită comercială: mulțumiți de servicii, întreabă de oferte de sezon.',
    en: 'Sales visit: happy with the service, asking about seasonal offers.',
  },
}

/** What a customer says when it disputes an invoice, by dispute reason (the demo's disputes and their notes). */
export const DISPUTE_TEXTS: Record<'quality' | 'quantity' | 'price' | 'notReceived' | 'duplicate' | 'other', Record<Language, string>> = {
  quality: {
    es: 'Reclaman por mercancía en mal estado; no pagarán hasta que se abone.',
    ro: 'Reclamă marfă deteriorată; nu plătesc până nu primesc storno.',
    en: 'They complain about damaged goods and will not pay until it is credited.',
  },
  quantity: {
    es: 'No cuadra lo facturado con lo recibido: falta mercancía según su albarán.',
    ro: 'Cantitatea facturată nu corespunde cu cea recepționată: lipsă marfă conform avizului.',
    en: 'What was invoiced does not match what was received: goods missing on their delivery note.',
  },
  price: {
    es: 'Dicen que el precio facturado no es el pactado con el comercial.',
    ro: 'Spun că prețul facturat nu este cel negociat cu agentul de vânzări.',
    en: 'They say the price invoiced is not the one agreed with the salesman.',
  },
  notReceived: {
    es: 'Dicen que no les consta la entrega; piden el albarán firmado.',
    ro: 'Spun că nu au evidența livrării; cer avizul semnat.',
    en: 'They have no record of the delivery and ask for the signed delivery note.',
  },
  duplicate: {
    es: 'Dicen que la factura está duplicada: el pedido se facturó dos veces.',
    ro: 'Spun că factura este dublată: comanda a fost facturată de două ori.',
    en: 'They say the invoice is a duplicate: the order was invoiced twice.',
  },
  other: {
    es: 'La factura está retenida en su departamento de compras por una incidencia.',
    ro: 'Factura este blocată la departamentul lor de achiziții din cauza unei neconcordanțe.',
    en: 'The invoice is held in their purchasing department over a query.',
  },
}

/** The timeline note when a demo dispute is settled: by a credit note ({{number}}) or by clearing it up. */
export const DISPUTE_RESOLVED: Record<Language, { creditNote: string; cleared: string }> = {
  es: {
    creditNote: 'Incidencia cerrada con la factura rectificativa {{number}}.',
    cleared: 'Incidencia aclarada con el cliente (enviado albarán firmado); pasan la factura al pago.',
  },
  ro: {
    creditNote: 'Neconcordanță rezolvată prin factura storno {{number}}.',
    cleared: 'Neconcordanță lămurită cu clientul (trimis avizul semnat); trimit factura la plată.',
  },
  en: {
    creditNote: 'Dispute closed with credit note {{number}}.',
    cleared: 'Dispute cleared up with the customer (signed delivery note sent); they pass the invoice for payment.',
  },
}

/**
 * Writes Norma 43 (AEB Cuaderno 43) files for tests: one account, its movements with up to 5 concept records each,
 * the 33 totals and the 88 end record, 80 characters a line, CRLF, latin-1 text. Amounts in cents (> 0 credit).
 */
export interface N43Movement {
  date: string // YYYY-MM-DD
  amount: number
  concepts: string[]
  reference?: string
}

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10)
const num = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0')
const txt = (s: string, width: number) => s.slice(0, width).padEnd(width, ' ')

/** Spanish IBAN 'ES91 2100 0418 4502 0005 1332' -> entity, office and account number. */
export function accountOf(iban: string): { entity: string; office: string; account: string } {
  const bban = iban.replace(/\s+/g, '').slice(4)
  return { entity: bban.slice(0, 4), office: bban.slice(4, 8), account: bban.slice(10, 20) }
}

export function norma43(opts: { iban: string; holder: string; from: string; to: string; opening: number; movements: N43Movement[] }): string {
  const { entity, office, account } = accountOf(opts.iban)
  const lines: string[] = []
  lines.push(
    '11' + entity + office + account + yymmdd(opts.from) + yymmdd(opts.to) + (opts.opening < 0 ? '1' : '2') + num(opts.opening, 14) + '978' + '3' + txt(opts.holder, 26) + '   ',
  )
  let debits = 0, credits = 0, debitTotal = 0, creditTotal = 0
  for (const m of opts.movements) {
    const dc = m.amount < 0 ? '1' : '2'
    if (m.amount < 0) { debits++; debitTotal -= m.amount } else { credits++; creditTotal += m.amount }
    lines.push('22' + '    ' + office + yymmdd(m.date) + yymmdd(m.date) + '02' + '099' + dc + num(m.amount, 14) + '0000000000' + txt(m.reference ?? '', 12) + txt('TRANSFERENCIA', 16))
    m.concepts.slice(0, 5).forEach((c, i) => lines.push('23' + String(i + 1).padStart(2, '0') + txt(c, 76)))
  }
  const closing = opts.opening + creditTotal - debitTotal
  lines.push('33' + entity + office + account + num(debits, 5) + num(debitTotal, 14) + num(credits, 5) + num(creditTotal, 14) + (closing < 0 ? '1' : '2') + num(closing, 14) + '978' + '    ')
  lines.push('88' + '9'.repeat(18) + num(lines.length, 6) + ' '.repeat(54))
  for (const l of lines) if (l.length !== 80) throw new Error(`N43 line of ${l.length} characters: ${l}`)
  return lines.join('\r\n') + '\r\n'
}

/** latin-1 bytes of a Norma 43 text. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff)
}

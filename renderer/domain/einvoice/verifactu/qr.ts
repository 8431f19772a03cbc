/**
 * The QR every invoice must carry (RD 1007/2023 art. 20-21; Orden HAC/1177/2024 art. 21): the agency's
 * validation URL with the issuer's NIF, series and number, issue date and total. A system that does not send
 * records (Cobro, offline) uses the "NoVerifactu" address and must not print the words "VERI*FACTU".
 */
import type { Cents, IsoDate } from '../../types'
import { aeatAmount, aeatDate } from './format'

export const QR_BASE = 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQRNoVerifactu'

export function qrUrl(v: { issuerNif: string; number: string; issueDate: IsoDate; total: Cents }): string {
  const params = [
    ['nif', v.issuerNif],
    ['numserie', v.number],
    ['fecha', aeatDate(v.issueDate)],
    ['importe', aeatAmount(v.total)],
  ]
  return `${QR_BASE}?${params.map(([k, val]) => `${k}=${encodeURIComponent(val ?? '')}`).join('&')}`
}

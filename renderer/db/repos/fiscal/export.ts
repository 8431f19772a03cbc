/**
 * The XML files an inspection asks for: the records of one year (by issue date) and the whole event log. Read a
 * key page at a time; the record just before the year is looked up so the first record's chain link is complete.
 */
import { aeatNif, COBRO_SOFTWARE, eventsXml, recordsXml, type FiscalEvent, type FiscalRecord } from '../../../domain/einvoice/verifactu'
import { DomainError } from '../../../domain/errors'
import type { Ctx } from '../../context'
import { requireCompany } from '../company'

const PAGE = 5_000

export interface XmlExport {
  fileName: string
  xml: string
  count: number
}

async function installation(ctx: Ctx): Promise<string> {
  const first = await ctx.db.fiscalEvents.orderBy('seq').first()
  return first?.software.installation ?? ''
}

export async function exportRecordsXml(ctx: Ctx, year: number): Promise<XmlExport> {
  const company = await requireCompany(ctx)
  const rows: FiscalRecord[] = []
  let before: FiscalRecord | undefined
  let after = 0
  for (;;) {
    const page = await ctx.db.fiscalRecords.where(':id').above(after).limit(PAGE).toArray()
    if (page.length === 0) break
    for (const r of page) {
      const y = Number(r.issueDate.slice(0, 4))
      if (y === year) rows.push(r)
      else if (rows.length === 0 && y < year) before = r
    }
    after = page[page.length - 1]!.seq
  }
  if (rows.length === 0) throw new DomainError('fiscal.nothingToExport', { year })
  const issuer = { name: company.legalName, nif: aeatNif(company.taxId) }
  const xml = recordsXml(rows, issuer, { ...COBRO_SOFTWARE, installation: await installation(ctx) }, before)
  return { fileName: `registros-facturacion-${issuer.nif}-${year}.xml`, xml, count: rows.length }
}

export async function exportEventsXml(ctx: Ctx): Promise<XmlExport> {
  const company = await requireCompany(ctx)
  const events: FiscalEvent[] = await ctx.db.fiscalEvents.orderBy('seq').toArray()
  if (events.length === 0) throw new DomainError('fiscal.nothingToExport', { year: '' })
  const issuer = { name: company.legalName, nif: aeatNif(company.taxId) }
  return { fileName: `registro-eventos-${issuer.nif}.xml`, xml: eventsXml(events, issuer), count: events.length }
}

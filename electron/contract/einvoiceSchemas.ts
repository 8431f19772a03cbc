import { z } from 'zod'
import { MAX_BATCH_FILES, MAX_XML_CHARS, type SaveXmlBatchRequest, type SaveXmlRequest } from './einvoice'
import { text } from './primitives'

const xmlFileName = text(150).regex(/\.xml$/i, { error: 'must end in .xml' })
const xmlText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.startsWith('<?xml '), { error: 'must be an XML document' })

export const saveXmlRequestSchema = z.object({
  fileName: xmlFileName,
  xml: xmlText(MAX_XML_CHARS),
  title: text(),
  filterName: text(),
}) satisfies z.ZodType<SaveXmlRequest>

export const saveXmlBatchRequestSchema = z.object({
  files: z.array(z.object({ fileName: xmlFileName, xml: xmlText(5_000_000) })).min(1).max(MAX_BATCH_FILES),
  title: text(),
}) satisfies z.ZodType<SaveXmlBatchRequest>

export const einvoiceInputSchemas = {
  'einvoice:saveXml': saveXmlRequestSchema,
  'einvoice:saveXmlBatch': saveXmlBatchRequestSchema,
} as const

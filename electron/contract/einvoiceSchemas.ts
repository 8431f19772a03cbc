import { z } from 'zod'
import { MAX_XML_CHARS, type SaveXmlRequest } from './einvoice'
import { text } from './primitives'

export const saveXmlRequestSchema = z.object({
  fileName: text(150).regex(/\.xml$/i, { error: 'must end in .xml' }),
  xml: z
    .string()
    .max(MAX_XML_CHARS)
    .refine((s) => s.startsWith('<?xml '), { error: 'must be an XML document' }),
  title: text(),
  filterName: text(),
}) satisfies z.ZodType<SaveXmlRequest>

export const einvoiceInputSchemas = {
  'einvoice:saveXml': saveXmlRequestSchema,
} as const

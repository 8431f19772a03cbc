/** STUB — replaced by the exports work: zod schemas of the exports:* channels. */
import { z } from 'zod'
import type { ExportAbortRequest, ExportAppendRequest, ExportBeginRequest, ExportFinishRequest } from './exports'

export const exportSchemas = {
  'exports:begin': z.custom<ExportBeginRequest>(() => false),
  'exports:append': z.custom<ExportAppendRequest>(() => false),
  'exports:finish': z.custom<ExportFinishRequest>(() => false),
  'exports:abort': z.custom<ExportAbortRequest>(() => false),
}

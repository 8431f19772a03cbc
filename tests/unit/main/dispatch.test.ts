// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { decodeIpcError, IpcError, unwrapIpcResult } from '../../../electron/contract/errors'
import { inputSchemas } from '../../../electron/contract/schemas'
import { dispatch, parseInput, type Handlers } from '../../../electron/main/handlers'
import { companyES, creditNoteES, invoiceES } from './fixtures'

function spyHandlers() {
  const saveInvoicePdf = vi.fn(async () => ({ status: 'cancelled' as const }))
  const handlers: Handlers = {
    'app:getInfo': async () => ({ version: '1', documentsDir: '/d', userDataDir: '/u', platform: 'linux' }),
    'documents:saveInvoicePdf': saveInvoicePdf,
    'documents:saveCreditNotePdf': async () => ({ status: 'cancelled' as const }),
    'documents:saveLetterPdf': async () => ({ status: 'cancelled' as const }),
    'documents:saveLettersBatchPdf': async () => ({ status: 'cancelled' as const }),
    'documents:saveStatementPdf': async () => ({ status: 'cancelled' as const }),
    'documents:saveBalanceConfirmationsPdf': async () => ({ status: 'cancelled' as const }),
    'exports:begin': async () => ({ status: 'cancelled' as const }),
    'exports:append': async () => ({ rowsWritten: 0 }),
    'exports:finish': async () => ({ status: 'saved' as const, path: '/d/x.xlsx', opened: false, rows: 0 }),
    'exports:abort': async () => undefined,
    'bank:openStatement': async () => ({ status: 'cancelled' as const }),
    'backup:begin': async () => ({ status: 'cancelled' as const }),
    'backup:append': async () => undefined,
    'backup:finish': async () => ({ id: 'cobro-2026-11-23T100000-daily.cobro.gz', path: '/u/backups/x', createdAt: '2026-11-23T10:00:00.000Z', bytes: 1 }),
    'backup:abort': async () => undefined,
    'backup:list': async () => ({ dir: '/u/backups', entries: [] }),
    'backup:chooseFile': async () => ({ status: 'cancelled' as const }),
    'backup:openRead': async () => ({ handle: '0'.repeat(32) }),
    'backup:readChunk': async () => ({ text: '', done: true }),
    'backup:closeRead': async () => undefined,
    'backup:getSettings': async () => ({ keep: 14, dir: '/u/backups' }),
    'backup:setSettings': async ({ keep }) => ({ keep, dir: '/u/backups' }),
    'app:quitReady': async () => undefined,
    'einvoice:saveXml': async () => ({ status: 'cancelled' as const }),
    'einvoice:saveXmlBatch': async () => ({ status: 'cancelled' as const }),
  }
  return { handlers, saveInvoicePdf }
}

const validRequest = () => ({ invoice: invoiceES(), company: companyES(), mode: 'default', open: false })

function rejectField(mutate: (req: ReturnType<typeof validRequest>) => void): string | number | undefined {
  const req = validRequest()
  mutate(req)
  try {
    parseInput('documents:saveInvoicePdf', req)
  } catch (err) {
    expect(err).toBeInstanceOf(IpcError)
    expect((err as IpcError).code).toBe('ipc.invalidInput')
    return (err as IpcError).params.field
  }
  throw new Error('payload was accepted')
}

describe('input validation', () => {
  it('accepts the fixtures as they are', () => {
    expect(parseInput('documents:saveInvoicePdf', validRequest()).invoice.fullNumber).toBe('F2026-000001')
    expect(
      parseInput('documents:saveCreditNotePdf', { creditNote: creditNoteES(), company: companyES(), mode: 'ask', open: true }).creditNote.fullNumber,
    ).toBe('R2026-000003')
    expect(parseInput('app:getInfo', undefined)).toBeUndefined()
  })

  it('names the field when cents are not integers', () => {
    expect(rejectField((r) => (r.invoice.lines[0]!.unitPrice = 28.95))).toBe('invoice.lines.0.unitPrice')
    expect(rejectField((r) => (r.invoice.totals.total = 2722.38))).toBe('invoice.totals.total')
  })

  it('names the field when a date is malformed or does not exist', () => {
    expect(rejectField((r) => (r.invoice.issueDate = '23/11/2026'))).toBe('invoice.issueDate')
    expect(rejectField((r) => (r.invoice.dueDate = '2026-02-30'))).toBe('invoice.dueDate')
    expect(rejectField((r) => (r.invoice.deliveryDate = '2026-13-01'))).toBe('invoice.deliveryDate')
  })

  it('rejects out-of-range rates, unknown enums and inconsistent totals', () => {
    expect(rejectField((r) => (r.invoice.lines[1]!.vatRate = -100))).toBe('invoice.lines.1.vatRate')
    expect(rejectField((r) => (r.invoice.lines[1]!.quantity = 1.2345))).toBe('invoice.lines.1.quantity')
    expect(rejectField((r) => ((r.invoice as { language: string }).language = 'fr'))).toBe('invoice.language')
    expect(rejectField((r) => ((r.company as { country: string }).country = 'FR'))).toBe('company.country')
    expect(rejectField((r) => ((r as { mode: string }).mode = 'path:/etc/passwd'))).toBe('mode')
    expect(rejectField((r) => (r.invoice.totals.total += 1))).toBe('invoice.totals.total')
    expect(rejectField((r) => (r.company.logoDataUrl = 'https://example.com/logo.png'))).toBe('company.logoDataUrl')
  })

  it('strips keys the contract does not know (a renderer cannot smuggle a path)', () => {
    const parsed = parseInput('documents:saveInvoicePdf', { ...validRequest(), path: '/etc/cron.d/x' })
    expect('path' in parsed).toBe(false)
  })

  it('has a schema for every channel', () => {
    expect(Object.keys(inputSchemas).sort()).toEqual([
      'app:getInfo',
      'app:quitReady',
      'backup:abort',
      'backup:append',
      'backup:begin',
      'backup:chooseFile',
      'backup:closeRead',
      'backup:finish',
      'backup:getSettings',
      'backup:list',
      'backup:openRead',
      'backup:readChunk',
      'backup:setSettings',
      'bank:openStatement',
      'documents:saveBalanceConfirmationsPdf',
      'documents:saveCreditNotePdf',
      'documents:saveInvoicePdf',
      'documents:saveLetterPdf',
      'documents:saveLettersBatchPdf',
      'documents:saveStatementPdf',
      'einvoice:saveXml',
      'einvoice:saveXmlBatch',
      'exports:abort',
      'exports:append',
      'exports:begin',
      'exports:finish',
    ])
  })
})

describe('dispatch', () => {
  it('answers { ok: false } naming the field and never calls the handler on a bad payload', async () => {
    const { handlers, saveInvoicePdf } = spyHandlers()
    const req = validRequest()
    req.invoice.lines[0]!.unitPrice = 0.5
    const res = await dispatch(handlers, 'documents:saveInvoicePdf', req)
    expect(res).toEqual({
      ok: false,
      error: { code: 'ipc.invalidInput', params: { field: 'invoice.lines.0.unitPrice', problem: 'must be a whole number of cents', channel: 'documents:saveInvoicePdf' } },
    })
    expect(saveInvoicePdf).not.toHaveBeenCalled()
  })

  it('answers { ok: true, value } with the handler output', async () => {
    const { handlers, saveInvoicePdf } = spyHandlers()
    expect(await dispatch(handlers, 'documents:saveInvoicePdf', validRequest())).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(saveInvoicePdf).toHaveBeenCalledOnce()
  })

  it('turns unexpected failures into ipc.internal', async () => {
    const { handlers } = spyHandlers()
    handlers['app:getInfo'] = async () => {
      throw new TypeError('boom')
    }
    expect(await dispatch(handlers, 'app:getInfo', undefined)).toEqual({ ok: false, error: { code: 'ipc.internal', params: { detail: 'boom' } } })
  })
})

describe('errors across the bridge', () => {
  it('decodes code and params from the message alone (contextBridge keeps only the message)', () => {
    const original = new IpcError('files.writeFailed', { path: '/x/F.pdf', reason: 'ENOSPC' })
    const copied = new Error(`Error invoking remote method: ${original.message}`)
    expect(decodeIpcError(copied)).toEqual({ code: 'files.writeFailed', params: { path: '/x/F.pdf', reason: 'ENOSPC' } })
    expect(decodeIpcError(original)).toEqual({ code: 'files.writeFailed', params: { path: '/x/F.pdf', reason: 'ENOSPC' } })
  })

  it('unwraps envelopes the way the preload does', () => {
    expect(unwrapIpcResult({ ok: true, value: 42 })).toBe(42)
    let thrown: unknown
    try {
      unwrapIpcResult({ ok: false, error: { code: 'files.writeFailed', params: { path: '/x', reason: 'EACCES' } } })
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(Error)
    expect(thrown).toMatchObject({ code: 'files.writeFailed', params: { path: '/x', reason: 'EACCES' } })
    expect(decodeIpcError(new Error((thrown as Error).message))).toEqual({ code: 'files.writeFailed', params: { path: '/x', reason: 'EACCES' } })
    expect(() => unwrapIpcResult(undefined)).toThrow(/ipc\.internal/)
  })

  it('returns null for errors that are not ours', () => {
    expect(decodeIpcError(new Error('plain'))).toBeNull()
    expect(decodeIpcError('COBRO_ERR:{bad json')).toBeNull()
    expect(decodeIpcError(null)).toBeNull()
  })
})

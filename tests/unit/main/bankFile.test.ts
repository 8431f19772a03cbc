// @vitest-environment node
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { MAX_STATEMENT_BYTES } from '../../../electron/contract/bank'
import { createDispatcher, type HandlerDeps } from '../../../electron/main/handlers'
import { tempDir } from './helpers'

function deps(dir: string, answer: string | null, withDialog = true): HandlerDeps {
  return {
    dialogs: {
      showSaveDialog: async () => ({ canceled: true }),
      ...(withDialog
        ? { showOpenDialog: async () => (answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] }) }
        : {}),
    },
    paths: { documentsDir: dir, userDataDir: dir },
    openPath: async () => '',
    appVersion: 't',
    platform: 'linux',
  }
}

const req = { title: 'Abrir extracto', filterName: 'Extractos' }

describe('bank:openStatement', () => {
  it('hands over the exact bytes of a text statement (latin-1 kept as is)', async () => {
    const dir = tempDir()
    const path = join(dir, 'extracto.n43')
    const bytes = Buffer.from('11ABCD concepto con ñ y á\r\n', 'latin1')
    writeFileSync(path, bytes)
    const res = await createDispatcher(deps(dir, path))('bank:openStatement', req)
    expect(res.ok).toBe(true)
    if (!res.ok || res.value.status !== 'opened') throw new Error('not opened')
    expect(res.value.fileName).toBe('extracto.n43')
    expect(res.value.size).toBe(bytes.length)
    if (res.value.content.kind !== 'bytes') throw new Error('expected bytes')
    expect(Buffer.from(res.value.content.base64, 'base64').equals(bytes)).toBe(true)
  })

  it('reads an XLSX as cell texts: dates ISO, numbers with a decimal point, trailing blanks dropped', async () => {
    const dir = tempDir()
    const path = join(dir, 'movimientos.xlsx')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Movimientos')
    ws.addRow(['Fecha', 'Concepto', 'Importe'])
    ws.addRow([new Date(Date.UTC(2026, 10, 20)), 'TRANSF. FRA F2026-000123', 1234.5])
    ws.addRow([new Date(Date.UTC(2026, 10, 21)), { richText: [{ text: 'COMISIÓN ' }, { text: 'MANT.' }] }, -3.02, null])
    await wb.xlsx.writeFile(path)
    const res = await createDispatcher(deps(dir, path))('bank:openStatement', req)
    if (!res.ok || res.value.status !== 'opened' || res.value.content.kind !== 'rows') throw new Error('not rows')
    expect(res.value.content.rows).toEqual([
      ['Fecha', 'Concepto', 'Importe'],
      ['2026-11-20', 'TRANSF. FRA F2026-000123', '1234.5'],
      ['2026-11-21', 'COMISIÓN MANT.', '-3.02'],
    ])
  })

  it('answers cancelled when the dialog is cancelled', async () => {
    const dir = tempDir()
    const res = await createDispatcher(deps(dir, null))('bank:openStatement', req)
    expect(res).toEqual({ ok: true, value: { status: 'cancelled' } })
  })

  it('refuses a file that is too large, empty, or a broken XLSX, with a translatable code', async () => {
    const dir = tempDir()
    const big = join(dir, 'big.txt')
    writeFileSync(big, Buffer.alloc(MAX_STATEMENT_BYTES + 1, 0x20))
    const empty = join(dir, 'empty.csv')
    writeFileSync(empty, '')
    const broken = join(dir, 'broken.xlsx')
    writeFileSync(broken, Buffer.from('PK\u0003\u0004not really a zip'))
    const codes = []
    for (const path of [big, empty, broken]) {
      const res = await createDispatcher(deps(dir, path))('bank:openStatement', req)
      codes.push(res.ok ? 'ok' : res.error.code)
    }
    expect(codes).toEqual(['bankFile.tooLarge', 'bankFile.empty', 'bankFile.unreadable'])
  })

  it('refuses when no open dialog is available and validates its input', async () => {
    const dir = tempDir()
    const noDialog = await createDispatcher(deps(dir, null, false))('bank:openStatement', req)
    expect(noDialog.ok ? 'ok' : noDialog.error.code).toBe('bankFile.noDialog')
    const bad = await createDispatcher(deps(dir, null))('bank:openStatement', { title: 3 })
    expect(bad.ok ? 'ok' : bad.error.code).toBe('ipc.invalidInput')
  })
})

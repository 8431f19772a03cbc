// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sanitizeFileName, writeNewFile } from '../../../electron/main/documents/files'
import { tempDir } from './helpers'

describe('sanitizeFileName', () => {
  it('keeps accents and diacritics, removes separators and reserved characters', () => {
    expect(sanitizeFileName('Factură CDB2026-000042 - Magazinul Țărănesc S.R.L.pdf')).toBe('Factură CDB2026-000042 - Magazinul Țărănesc S.R.L.pdf')
    expect(sanitizeFileName('Factura F2026-000001 - A/B: "C" <D>|E?*.pdf')).toBe('Factura F2026-000001 - A-B- -C- -D--E--.pdf')
    expect(sanitizeFileName('../../etc/passwd')).toBe('-..-etc-passwd')
    expect(sanitizeFileName('x\u0000y\nz.pdf')).toBe('xyz.pdf')
  })

  it('never yields an empty, hidden, reserved or over-long name', () => {
    expect(sanitizeFileName('   ')).toBe('document')
    expect(sanitizeFileName('.hidden.pdf')).toBe('hidden.pdf')
    expect(sanitizeFileName('Cliente S.L..pdf')).toBe('Cliente S.L.pdf')
    expect(sanitizeFileName('CON.pdf')).toBe('_CON.pdf')
    const long = sanitizeFileName(`${'a'.repeat(400)}.pdf`)
    expect(long.length).toBe(150)
    expect(long.endsWith('.pdf')).toBe(true)
  })
})

describe('writeNewFile', () => {
  it('creates the folder and numbers names instead of replacing', async () => {
    const dir = join(tempDir(), 'deep', 'Cobro')
    const a = await writeNewFile(dir, 'x.pdf', Buffer.from('1'))
    const b = await writeNewFile(dir, 'x.pdf', Buffer.from('2'))
    expect([a, b]).toEqual([join(dir, 'x.pdf'), join(dir, 'x (2).pdf')])
    expect(readFileSync(a, 'utf8')).toBe('1')
    expect(readdirSync(dir).sort()).toEqual(['x (2).pdf', 'x.pdf'])
  })
})

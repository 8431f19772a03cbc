import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import en from '../../../locales/en/exports.json' with { type: 'json' }
import es from '../../../locales/es/exports.json' with { type: 'json' }
import ro from '../../../locales/ro/exports.json' with { type: 'json' }
import enCommon from '../../../locales/en/common.json' with { type: 'json' }
import esCommon from '../../../locales/es/common.json' with { type: 'json' }
import roCommon from '../../../locales/ro/common.json' with { type: 'json' }
import type { ExportAppendRequest, ExportBeginRequest } from '../../../electron/contract/exports'
import type { ExportSource } from '../../../renderer/db/repos/reports/exports'
import { exportRequest, type ExportRequestBase } from '../../../renderer/features/reports/exports/exportTexts'
import { matchingQuickPeriod, quickPeriod } from '../../../renderer/features/reports/exports/periods'
import { runExport, type ExportApi } from '../../../renderer/features/reports/exports/runExport'
import { flattenLocale, placeholdersOf } from '../../support/locales'


describe('locales/*/exports.json', () => {
  it('has the same keys and placeholders in es, ro and en, none empty, with real diacritics', () => {
    const langs = { es: flattenLocale(es), ro: flattenLocale(ro), en: flattenLocale(en) }
    const keys = [...langs.en.keys()].sort()
    for (const [lang, map] of Object.entries(langs)) {
      expect([...map.keys()].sort(), lang).toEqual(keys)
      for (const key of keys) {
        expect(map.get(key)!.trim(), `${lang}:${key}`).not.toBe('')
        expect(placeholdersOf(map.get(key)!), `${lang}:${key}`).toEqual(placeholdersOf(langs.en.get(key)!))
      }
    }
    expect(langs.ro.get('reports.salesRegister.name')).toBe('Jurnal de vânzări')
    expect(langs.es.get('reports.salesRegister.name')).toBe('Libro registro de facturas expedidas')
  })
})

/** A bridge that records what it was sent; `failAt` makes the n-th append throw. */
function fakeApi(opts: { cancelDialog?: boolean; failAt?: number } = {}) {
  const calls: { begin: ExportBeginRequest[]; append: ExportAppendRequest[]; finish: number; abort: number } = { begin: [], append: [], finish: 0, abort: 0 }
  const api: ExportApi = {
    async beginExport(req) {
      calls.begin.push(req)
      return opts.cancelDialog ? { status: 'cancelled' } : { status: 'started', exportId: 'x1' }
    },
    async appendExport(req) {
      calls.append.push(req)
      if (opts.failAt === calls.append.length) throw new Error('COBRO_ERR:{"code":"ipc.invalidInput","params":{}}')
      return { rowsWritten: req.rows.length }
    },
    async finishExport() {
      calls.finish++
      return { status: 'saved', path: '/tmp/x.xlsx', opened: false, rows: calls.append.reduce((n, a) => n + a.rows.length, 0) }
    },
    async abortExport() {
      calls.abort++
    },
  }
  return { api, calls }
}

function source(chunks: number[][]): ExportSource<'aging'> {
  return {
    kind: 'aging',
    total: chunks.flat().length,
    bounds: [0, 30],
    async *chunks() {
      for (const c of chunks) {
        yield c.map((n) => ({ customerCode: `C${n}`, customerName: `N${n}`, taxId: '', buckets: [n, 0, 0], total: n, oldestDueDate: '' }))
      }
    },
  }
}

const request: ExportRequestBase = { format: 'xlsx', language: 'es', currency: 'EUR', fileName: 'f', mode: 'ask', title: [] }

describe('runExport', () => {
  it('begins with the source kind and bounds, appends every chunk in order, finishes, reporting progress', async () => {
    const { api, calls } = fakeApi()
    const progress: number[] = []
    const result = await runExport({ request, source: source([[1, 2], [], [3]]), api, onProgress: (p) => progress.push(p.written) })
    expect(result).toEqual({ status: 'saved', path: '/tmp/x.xlsx', opened: false, rows: 3 })
    expect(calls.begin[0]).toMatchObject({ kind: 'aging', bounds: [0, 30], fileName: 'f' })
    expect(calls.append.map((a) => a.rows.map((r) => (r as { total: number }).total))).toEqual([[1, 2], [3]])
    expect(progress).toEqual([0, 2, 3])
    expect([calls.finish, calls.abort]).toEqual([1, 0])
  })

  it('a cancelled save dialog is not an error and sends nothing else', async () => {
    const { api, calls } = fakeApi({ cancelDialog: true })
    expect(await runExport({ request, source: source([[1]]), api })).toEqual({ status: 'cancelled' })
    expect([calls.append.length, calls.finish, calls.abort]).toEqual([0, 0, 0])
  })

  it('aborts when a chunk is refused (or the data cannot be read) and rethrows', async () => {
    const { api, calls } = fakeApi({ failAt: 2 })
    await expect(runExport({ request, source: source([[1], [2], [3]]), api })).rejects.toThrow(/invalidInput/)
    // Two chunks travel at a time: the third was sent before the second's refusal came back (main refuses it too).
    expect([calls.append.length, calls.finish, calls.abort]).toEqual([3, 0, 1])

    const broken: ExportSource<'aging'> = {
      ...source([[1]]),
      async *chunks() {
        yield* source([[1]]).chunks()
        throw new Error('read failed')
      },
    }
    const second = fakeApi()
    await expect(runExport({ request, source: broken, api: second.api })).rejects.toThrow('read failed')
    expect([second.calls.finish, second.calls.abort]).toEqual([0, 1])
  })

  it('stops and aborts when cancelled through the signal', async () => {
    const { api, calls } = fakeApi()
    const controller = new AbortController()
    const result = await runExport({
      request,
      source: source([[1], [2], [3]]),
      api,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.written === 1) controller.abort()
      },
    })
    expect(result).toEqual({ status: 'cancelled' })
    expect([calls.append.length, calls.finish, calls.abort]).toEqual([1, 0, 1])
  })
})

describe('quick periods', () => {
  it('are whole calendar months, quarters and years around today', () => {
    const today = '2026-11-23'
    expect(quickPeriod('thisMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(quickPeriod('lastMonth', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' })
    expect(quickPeriod('thisQuarter', today)).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(quickPeriod('lastQuarter', today)).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(quickPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(quickPeriod('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(quickPeriod('lastQuarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' })
    expect(quickPeriod('lastMonth', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(matchingQuickPeriod({ from: '2026-07-01', to: '2026-09-30' }, today)).toBe('lastQuarter')
    expect(matchingQuickPeriod({ from: '2026-07-01', to: '2026-09-29' }, today)).toBeNull()
  })
})

describe('export names and title lines', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { es: { exports: es, common: esCommon }, ro: { exports: ro, common: roCommon }, en: { exports: en, common: enCommon } },
      lng: 'es',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
    })
  })

  it('name the file with the period and title it with company, report, period and currency, in the sheet language', () => {
    const company = { legalName: 'Distribuciones Ebro, S.L.', taxId: 'B12345674', country: 'ES', currency: 'EUR' } as const
    const req = exportRequest({ kind: 'salesRegister', language: 'es', format: 'xlsx', company, from: '2026-10-01', to: '2026-12-31' })
    expect(req.fileName).toBe('Libro registro facturas expedidas 2026-10-01 a 2026-12-31')
    expect(req.title).toEqual([
      'Distribuciones Ebro, S.L. · NIF B12345674',
      'Libro registro de facturas expedidas',
      'Del 01/10/2026 al 31/12/2026',
      'Las facturas rectificativas figuran con importes negativos.',
      'Importes en EUR',
    ])
    expect(req).toMatchObject({ language: 'es', currency: 'EUR', format: 'xlsx', mode: 'ask' })
    const roReq = exportRequest({
      kind: 'aging',
      language: 'ro',
      format: 'csv',
      company: { legalName: 'Carpați Distribuție SRL', taxId: 'RO14399840', country: 'RO', currency: 'RON' },
      asOf: '2026-11-23',
    })
    expect(roReq.fileName).toBe('Vechimea creanțelor la 2026-11-23')
    expect(roReq.title).toEqual(['Carpați Distribuție SRL · CUI RO14399840', 'Vechimea creanțelor', 'La data de 23.11.2026', 'Sume în RON'])
  })
})

/**
 * The import flow: open a file (main shows the dialog and reads it), preview it (nothing written), fix or choose the
 * column mapping of a CSV/XLSX, then import it. A refused file shows every problem and writes nothing.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatementFileContent } from '../../../../electron/contract/bank'
import { importStatement, previewStatementFile, saveMapping, type ImportPreview } from '../../../db/repos/bank/imports'
import type { ColumnMapping } from '../../../domain/bank/types'
import { cobro } from '../../../lib/bridge'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useToasts } from '../../../stores/toasts'

export interface OpenedStatement {
  fileName: string
  size: number
  content: StatementFileContent
}

export type ImportStep =
  | { step: 'idle' }
  | {
      step: 'preview'
      file: OpenedStatement
      preview: ImportPreview
      /** The mapping the preview was read with (CSV/XLSX), null for the self-describing formats. */
      mapping: ColumnMapping | null
      /** First rows of a CSV/XLSX and the guessed mapping, kept to edit the mapping again after a refusal. */
      table: { sample: string[][]; suggested: ColumnMapping | null; format: 'csv' | 'xlsx' } | null
    }

export interface StatementImport {
  state: ImportStep
  busy: 'open' | 'mapping' | 'import' | null
  error: string
  open: () => Promise<void>
  previewWith: (mapping: ColumnMapping) => Promise<void>
  confirm: () => Promise<void>
  close: () => void
}

export function useStatementImport(): StatementImport {
  const { t } = useTranslation('bankUi')
  const [state, setState] = useState<ImportStep>({ step: 'idle' })
  const [busy, setBusy] = useState<StatementImport['busy']>(null)
  const [error, setError] = useState('')

  async function run(kind: NonNullable<StatementImport['busy']>, work: () => Promise<void>) {
    setBusy(kind)
    setError('')
    try {
      await work()
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(null)
    }
  }

  const open = () =>
    run('open', async () => {
      const result = await cobro().openStatementFile({ title: t('import.dialogTitle'), filterName: t('import.filterName') })
      if (result.status !== 'opened') return
      const file: OpenedStatement = { fileName: result.fileName, size: result.size, content: result.content }
      const preview = await previewStatementFile(ctx, { fileName: file.fileName, content: file.content })
      const table = preview.kind === 'needsMapping' ? { sample: preview.sample, suggested: preview.suggested, format: preview.format } : null
      setState({ step: 'preview', file, preview, mapping: null, table })
    })

  const previewWith = (mapping: ColumnMapping) =>
    run('mapping', async () => {
      if (state.step !== 'preview') return
      const saved = await saveMapping(ctx, mapping)
      const preview = await previewStatementFile(ctx, { fileName: state.file.fileName, content: state.file.content }, saved)
      setState({ ...state, preview, mapping: saved })
    })

  const confirm = () =>
    run('import', async () => {
      if (state.step !== 'preview' || state.preview.kind !== 'ready') return
      const done = await importStatement(ctx, state.preview)
      useToasts.getState().push('success', t('import.done', { count: done.linesNew, known: done.linesKnown, file: done.fileName }))
      setState({ step: 'idle' })
    })

  const close = () => {
    setError('')
    setState({ step: 'idle' })
  }

  return { state, busy, error, open, previewWith, confirm, close }
}

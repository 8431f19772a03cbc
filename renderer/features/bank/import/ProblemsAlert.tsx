import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import type { StatementProblem } from '../../../domain/bank/types'
import { useFormat } from '../../../lib/format'
import { problemText } from '../messages'

/** Most problems listed; a file broken everywhere would otherwise fill the screen. */
const SHOWN = 50

/** A refused file: every problem with its line and reason, and that nothing of it was imported. */
export function ProblemsAlert({ fileName, problems }: { fileName: string; problems: StatementProblem[] }) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const shown = problems.slice(0, SHOWN)
  return (
    <div data-testid="bank-problems">
      <Alert tone="error" title={t('problems.title', { file: fileName, count: problems.length })}>
        <p className="bank-nothing">
          <strong>{t('problems.nothingImported')}</strong> {t('problems.hint')}
        </p>
        <ul className="bank-problem-list">
          {shown.map((p, i) => (
            <li key={`${p.line}-${p.code}-${i}`} data-testid="bank-problem">
              {problemText(t, fmt, p)}
            </li>
          ))}
        </ul>
        {problems.length > SHOWN ? <p className="muted small">{t('problems.more', { count: problems.length - SHOWN })}</p> : null}
      </Alert>
    </div>
  )
}

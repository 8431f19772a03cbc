import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import type { QueueData, QueueItem } from '../hooks'
import { IgnoreDialog } from './IgnoreDialog'
import { QueueLine } from './QueueLine'
import { SplitDialog } from './SplitDialog'

/** "Por conciliar": the incoming credits no payment was recorded for yet, oldest first. */
export function QueueList({ data, onMore }: { data: QueueData | undefined; onMore: () => void }) {
  const { t } = useTranslation('bankUi')
  const [splitting, setSplitting] = useState<QueueItem | null>(null)
  const [ignoring, setIgnoring] = useState<QueueItem | null>(null)
  if (data === undefined) {
    return (
      <p className="muted" role="status">
        {t('common:app.loading')}
      </p>
    )
  }
  const index = data.index
  return (
    <div className="bank-queue" data-testid="bank-queue">
      {data.items.length === 0 || !index ? (
        <div className="card">
          <EmptyState>
            <strong>{t('queue.empty')}</strong>
            <br />
            <span className="muted">{t('queue.emptyHint')}</span>
          </EmptyState>
        </div>
      ) : (
        <>
          <p className="muted bank-queue-intro">{t('queue.intro')}</p>
          <ul className="bank-lines-list">
            {data.items.map((item) => (
              <QueueLine key={item.line.id} item={item} index={index} onSplit={setSplitting} onIgnore={setIgnoring} />
            ))}
          </ul>
          {data.total > data.items.length ? (
            <div className="bank-more">
              <Button onClick={onMore} data-testid="bank-queue-more">
                {t('queue.more', { count: data.total - data.items.length })}
              </Button>
            </div>
          ) : null}
        </>
      )}
      {splitting && index ? <SplitDialog item={splitting} index={index} onClose={() => setSplitting(null)} /> : null}
      {ignoring ? <IgnoreDialog line={ignoring.line} onClose={() => setIgnoring(null)} /> : null}
    </div>
  )
}

import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Alert } from '../../components/Alert'
import { activeUsers } from '../../db/repos/users/users'
import { verifyOwnerOverride } from '../../db/repos/users/session'
import { ctx } from '../../lib/ctx'
import { useAction } from '../../lib/useAction'
import { useOverrideRequest } from './override'

/** Mounted once in the shell: asks the owner's password and a reason when a refused action may be authorised. */
export function OverrideDialog() {
  const { t } = useTranslation('users')
  const pending = useOverrideRequest((s) => s.pending)
  const owners = useLiveQuery(async () => (await activeUsers(ctx)).filter((u) => u.role === 'owner'), [], [])
  const [ownerId, setOwnerId] = useState('')
  const [password, setPassword] = useState('')
  const [reason, setReason] = useState('')
  const { busy, error, setError, run } = useAction('users')

  useEffect(() => {
    setPassword('')
    setReason('')
    setError(null)
  }, [pending, setError])
  const chosen = ownerId || owners[0]?.id || ''

  function submit(e: FormEvent) {
    e.preventDefault()
    void run(async () => {
      if (!pending) return
      const grant = await verifyOwnerOverride(ctx, { ownerId: chosen, password, reason, right: pending.right })
      pending.resolve(grant)
    })
  }

  return (
    <Dialog
      open={pending !== null}
      title={t('override.title')}
      onClose={() => pending?.resolve(null)}
      footer={
        <>
          <Button onClick={() => pending?.resolve(null)}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="override-form" busy={busy}>
            {t('override.submit')}
          </Button>
        </>
      }
    >
      {pending ? (
        <form id="override-form" onSubmit={submit} className="users-stack">
          <p>{t('override.explain', { what: t(`dataErrors:rights.names.${pending.right}`) })}</p>
          {owners.length > 1 ? (
            <Field label={t('override.owner')}>
              <select value={chosen} onChange={(e) => setOwnerId(e.target.value)}>
                {owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          <Field label={t('override.password', { name: owners.find((o) => o.id === chosen)?.name ?? '' })}>
            <input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="override-password" />
          </Field>
          <Field label={t('override.reason')} hint={t('override.reasonHint')}>
            <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="override-reason" />
          </Field>
          {error ? <Alert tone="error">{error}</Alert> : null}
        </form>
      ) : null}
    </Dialog>
  )
}

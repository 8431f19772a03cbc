import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { DomainError } from '../../domain/errors'
import { checkOwnPassword } from '../../db/repos/users/session'
import { setPassword } from '../../db/repos/users/users'
import { ctx } from '../../lib/ctx'
import { errorMessage } from '../../lib/errors'
import { useToasts } from '../../stores/toasts'

/** One's own password: the current one first, then the new one twice. */
export function PasswordChangeForm({ userId }: { userId: string }) {
  const { t } = useTranslation('users')
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [repeat, setRepeat] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setError(null)
    if (next !== repeat) return setError(t('form.mismatch'))
    setBusy(true)
    try {
      if (!(await checkOwnPassword(ctx, userId, current))) throw new DomainError('users.wrongPassword')
      await setPassword(ctx, userId, next)
      setCurrent('')
      setNext('')
      setRepeat('')
      useToasts.getState().push('success', t('me.changed'))
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="users-stack" data-testid="password-change">
      <Field label={t('me.current')}>
        <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
      </Field>
      <Field label={t('form.password')} hint={t('form.passwordHint')}>
        <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
      </Field>
      <Field label={t('form.repeat')}>
        <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div>
        <Button variant="primary" type="submit" busy={busy}>
          {t('me.submit')}
        </Button>
      </div>
    </form>
  )
}

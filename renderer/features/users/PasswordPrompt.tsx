import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { errorMessage } from '../../lib/errors'

/** A password field with its submit button and the translated error of a refused attempt. */
export function PasswordPrompt({ label, submitLabel, onSubmit, children }: { label: string; submitLabel: string; onSubmit: (password: string) => Promise<void>; children?: ReactNode }) {
  const { t } = useTranslation('users')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      await onSubmit(password)
    } catch (err) {
      setError(errorMessage(t, err))
      setPassword('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="users-stack signin-form">
      <Field label={label} error={error}>
        <input type="password" autoFocus autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="signin-password" />
      </Field>
      <div className="row">
        <Button variant="primary" type="submit" busy={busy} disabled={password === ''}>
          {submitLabel}
        </Button>
        {children}
      </div>
    </form>
  )
}

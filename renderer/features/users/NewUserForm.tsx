import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { ROLES, type Role } from '../../domain/users/rights'
import type { UserView } from '../../db/repos/users/users'
import { errorMessage } from '../../lib/errors'

interface Values {
  name: string
  role: Role
  password: string
  repeat: string
}

/**
 * Name, role and a password typed twice. `fixedRole` (the first user: the owner) hides the role choice.
 * The repository validates again (length, unique name, who may add users) and its refusal is shown translated.
 */
export function NewUserForm({ fixedRole, submitLabel, onCreate, testId }: { fixedRole?: Role; submitLabel: string; onCreate: (v: { name: string; role: Role; password: string }) => Promise<UserView | void>; testId: string }) {
  const { t } = useTranslation('users')
  const { register, handleSubmit, reset, formState } = useForm<Values>({ defaultValues: { name: '', role: fixedRole ?? 'clerk', password: '', repeat: '' } })
  const [error, setError] = useState<string | null>(null)

  const submit = handleSubmit(async (v) => {
    setError(null)
    if (v.password !== v.repeat) {
      setError(t('form.mismatch'))
      return
    }
    try {
      await onCreate({ name: v.name, role: fixedRole ?? v.role, password: v.password })
      reset()
    } catch (err) {
      setError(errorMessage(t, err))
    }
  })

  return (
    <form onSubmit={submit} className="users-stack" data-testid={testId}>
      <Field label={t('form.name')}>
        <input autoComplete="off" {...register('name')} />
      </Field>
      {fixedRole ? null : (
        <Field label={t('form.role')} hint={t('form.roleHint')}>
          <select {...register('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('form.password')} hint={t('form.passwordHint')}>
        <input type="password" autoComplete="new-password" {...register('password')} />
      </Field>
      <Field label={t('form.repeat')}>
        <input type="password" autoComplete="new-password" {...register('repeat')} />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div>
        <Button variant="primary" type="submit" busy={formState.isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}

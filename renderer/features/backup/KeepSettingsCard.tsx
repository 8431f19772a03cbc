import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { z } from 'zod'
import { MAX_KEEP, MIN_KEEP } from '../../../electron/contract/backup'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Field } from '../../components/Field'
import { decodeIpcError } from '../../../electron/contract/errors'
import { errorMessage } from '../../lib/errors'
import { useToasts } from '../../stores/toasts'
import { useBackupSettings } from './hooks'
import { backupErrorMessage } from './messages'

const schema = z.object({
  keep: z.string().trim().regex(/^\d{1,3}$/, 'backup:settings.invalid').refine((s) => Number(s) >= MIN_KEEP && Number(s) <= MAX_KEEP, 'backup:settings.invalid'),
})
type Values = z.infer<typeof schema>

/** backup.* codes in the backup wording; anything else (the settings file could not be written) in the app's usual one. */
function settingsError(t: TFunction, err: unknown): string {
  return decodeIpcError(err)?.code.startsWith('backup.') ? backupErrorMessage(t, err) : errorMessage(t, err)
}

function KeepForm({ initial, canEdit, save }: { initial: number; canEdit: boolean; save: (keep: number) => Promise<unknown> }) {
  const { t } = useTranslation('backup')
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { keep: String(initial) } })
  const fieldError = formState.errors.keep?.message

  async function submit(values: Values) {
    setError(null)
    try {
      const keep = Number(values.keep)
      await save(keep)
      useToasts.getState().push('success', t('settings.saved', { count: keep }))
    } catch (e) {
      setError(e)
    }
  }

  return (
    <form className="backup-keep" onSubmit={handleSubmit(submit)} noValidate data-testid="backup-keep-form">
      {error ? <Alert tone="error">{settingsError(t, error)}</Alert> : null}
      <Field label={t('settings.keep')} error={fieldError ? t(fieldError) : undefined} hint={t('settings.hint')}>
        <input inputMode="numeric" {...register('keep')} disabled={!canEdit} data-testid="backup-keep" />
      </Field>
      <Button type="submit" busy={formState.isSubmitting} disabled={!canEdit} data-testid="backup-keep-save">
        {t('common:actions.save')}
      </Button>
      {!canEdit ? <p className="muted">{t('settings.notAllowed')}</p> : null}
    </form>
  )
}

/** How many generations of each automatic kind main keeps (a setting main stores, outside the database). */
export function KeepSettingsCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('backup')
  const { settings, error, save } = useBackupSettings()
  return (
    <Card title={t('settings.title')} className="backup-settings">
      {error ? <Alert tone="error">{settingsError(t, error)}</Alert> : null}
      {settings ? <KeepForm initial={settings.keep} canEdit={canEdit} save={save} /> : null}
    </Card>
  )
}

import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'

export const LOGO_MAX_BYTES = 300 * 1024
const LOGO_TYPES = ['image/png', 'image/jpeg']

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read'))
    reader.readAsDataURL(file)
  })
}

/** Picks a PNG/JPEG logo (max 300 KB), keeps it as a data: URL and shows a preview. */
export function LogoInput({ value, onChange, testId }: { value: string; onChange: (dataUrl: string) => void; testId: string }) {
  const { t } = useTranslation('settings')
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)

  async function pick(file: File | undefined) {
    setError(null)
    if (!file) return
    if (!LOGO_TYPES.includes(file.type)) return setError(t('logo.wrongType'))
    if (file.size > LOGO_MAX_BYTES) return setError(t('logo.tooBig', { kb: Math.ceil(file.size / 1024) }))
    try {
      onChange(await readAsDataUrl(file))
    } catch {
      setError(t('logo.unreadable'))
    }
    if (inputRef.current) inputRef.current.value = ''
  }

  return (
    <div className={`field logo-field ${error ? 'has-error' : ''}`}>
      <span className="logo-label">{t('logo.label')}</span>
      <div className="logo-row">
        <div className="logo-preview" aria-live="polite">
          {value ? <img src={value} alt={t('logo.preview')} /> : <span className="muted">{t('logo.none')}</span>}
        </div>
        <div className="logo-actions">
          <label className="btn btn-secondary logo-pick">
            {value ? t('logo.change') : t('logo.choose')}
            <input
              ref={inputRef}
              type="file"
              accept="image/png,image/jpeg"
              data-testid={testId}
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          </label>
          {value ? (
            <Button variant="ghost" onClick={() => onChange('')} data-testid={`${testId}-remove`}>
              {t('logo.remove')}
            </Button>
          ) : null}
          <span className="field-hint">{t('logo.hint')}</span>
        </div>
      </div>
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  )
}

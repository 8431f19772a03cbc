import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Field } from '../../../components/Field'
import { Badge } from '../../../components/StatusBadge'
import { resetTemplate, saveTemplate, type EffectiveTemplate } from '../../../db/repos/collections/templates'
import { PLACEHOLDERS, validateTemplate, type PlaceholderValues } from '../../../domain/collections/templates'
import type { CompanySettings } from '../../../domain/types'
import { ctx, today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useToasts } from '../../../stores/toasts'
import { sampleValues } from './templateSample'

const FIELD_RE = /\{\{\s*([^{}]*?)\s*\}\}/g
const KNOWN = new Set<string>(PLACEHOLDERS)

/** Text with its fields filled from the sample; an unknown field is shown marked, as it is written. */
function previewOf(text: string, values: PlaceholderValues): ReactNode[] {
  const out: ReactNode[] = []
  let last = 0
  for (const m of text.matchAll(FIELD_RE)) {
    const at = m.index ?? 0
    out.push(text.slice(last, at))
    const name = m[1] ?? ''
    out.push(
      KNOWN.has(name) ? (
        <span key={at} className="tpl-filled">
          {values[name as keyof PlaceholderValues]}
        </span>
      ) : (
        <mark key={at} className="tpl-unknown">
          {m[0]}
        </mark>
      ),
    )
    last = at + m[0].length
  }
  out.push(text.slice(last))
  return out
}

/** Subject and body of one template in one language: placeholder chips, validation naming the field, preview. */
export function TemplateEditor({ template, company }: { template: EffectiveTemplate; company: CompanySettings | undefined }) {
  const { t } = useTranslation('collections')
  const [subject, setSubject] = useState(template.subject)
  const [body, setBody] = useState(template.body)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const subjectRef = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const focused = useRef<'subject' | 'body'>('body')

  const problems = [...validateTemplate(subject), ...validateTemplate(body)].map((e) => errorMessage(t, e))
  const dirty = subject !== template.subject || body !== template.body
  const values = sampleValues(t, company, template.language, template.templateKey, today())
  const paragraphs = body.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()).filter(Boolean)

  function insert(name: string) {
    const field = focused.current === 'subject' ? subjectRef.current : bodyRef.current
    const value = focused.current === 'subject' ? subject : body
    const set = focused.current === 'subject' ? setSubject : setBody
    const token = `{{${name}}}`
    const start = field?.selectionStart ?? value.length
    const end = field?.selectionEnd ?? value.length
    set(value.slice(0, start) + token + value.slice(end))
    requestAnimationFrame(() => {
      field?.focus()
      field?.setSelectionRange(start + token.length, start + token.length)
    })
  }

  async function save() {
    setSaveError(null)
    setBusy(true)
    try {
      await saveTemplate(ctx, { templateKey: template.templateKey, language: template.language, subject, body })
      useToasts.getState().push('success', t('templates.saved'))
    } catch (err) {
      setSaveError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  async function reset() {
    setSaveError(null)
    setBusy(true)
    try {
      await resetTemplate(ctx, template.templateKey, template.language)
      useToasts.getState().push('success', t('templates.restored'))
    } catch (err) {
      setSaveError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="coll-template-grid">
      <Card
        title={t(`templates.keys.${template.templateKey}`, { defaultValue: template.templateKey })}
        actions={<Badge tone={template.isDefault ? 'neutral' : 'info'}>{template.isDefault ? t('templates.isDefault') : t('templates.isCustom')}</Badge>}
      >
        <div className="form-section" data-testid="template-editor">
          <Field label={t('templates.subject')}>
            <input ref={subjectRef} value={subject} onChange={(e) => setSubject(e.target.value)} onFocus={() => (focused.current = 'subject')} data-testid="template-subject" />
          </Field>
          <Field label={t('templates.body')} hint={t('templates.bodyHint')}>
            <textarea ref={bodyRef} className="tpl-body" rows={16} value={body} onChange={(e) => setBody(e.target.value)} onFocus={() => (focused.current = 'body')} data-testid="template-body" />
          </Field>
          <div>
            <div className="field-hint">{t('templates.placeholders')}</div>
            <div className="tpl-chips">
              {PLACEHOLDERS.map((p) => (
                <button key={p} type="button" className="tpl-chip" title={t(`placeholders.${p.replace('.', '_')}`)} onClick={() => insert(p)} data-testid={`template-chip-${p}`}>
                  {`{{${p}}}`}
                </button>
              ))}
            </div>
          </div>
          {problems.length > 0 ? (
            <Alert tone="error" title={t('templates.problems')}>
              <ul data-testid="template-problems">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {saveError ? <Alert tone="error">{saveError}</Alert> : null}
          <div className="form-footer">
            {!template.isDefault ? (
              <Button busy={busy} onClick={() => void reset()} data-testid="template-reset">
                {t('templates.reset')}
              </Button>
            ) : null}
            <Button variant="primary" busy={busy} disabled={!dirty} onClick={() => void save()} data-testid="template-save">
              {t('common:actions.save')}
            </Button>
          </div>
        </div>
      </Card>
      <Card title={t('templates.preview')}>
        <div className="tpl-paper" data-testid="template-preview">
          <p className="muted small">{t('templates.previewHint')}</p>
          <p className="tpl-subject">{previewOf(subject, values)}</p>
          {paragraphs.map((p, i) => (
            <p key={i} className="tpl-paragraph">
              {previewOf(p, values)}
            </p>
          ))}
          <p className="muted small tpl-table-note">{t('templates.tableNote')}</p>
        </div>
      </Card>
    </div>
  )
}

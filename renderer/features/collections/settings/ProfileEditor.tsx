import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { restoreDefaultProfile, saveProfile } from '../../../db/repos/collections/profiles'
import { TEMPLATE_KEYS } from '../../../domain/collections/templates'

/** Templates a schedule step can use: the interest note is printed from the customer page, not by a step. */
const STEP_TEMPLATE_KEYS = TEMPLATE_KEYS.filter((k) => k !== 'interestNote')
import { validateProfile } from '../../../domain/collections/profiles'
import type { CollectionProfile, CollectionStep, StepChannel, StepKind } from '../../../domain/collections/types'
import { formatAmount, parseMoney } from '../../../domain/money'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { stepName } from '../explain'

const KINDS: StepKind[] = ['confirmReceipt', 'courtesy', 'reminder', 'demand']
const CHANNELS: StepChannel[] = ['call', 'letter', 'email']

/** A step as edited: numbers as typed. */
interface StepDraft {
  id: string
  kind: StepKind
  anchor: 'issue' | 'due'
  offset: string
  channel: StepChannel
  templateKey: string
  fee: string
  isNew: boolean
}

function toDraft(s: CollectionStep, locale: string): StepDraft {
  return { id: s.id, kind: s.kind, anchor: s.anchor, offset: String(s.offsetDays), channel: s.channel, templateKey: s.templateKey, fee: s.fee ? formatAmount(s.fee, locale) : '', isNew: false }
}

/** Drafts -> steps; the row indexes whose numbers do not parse. */
function toSteps(drafts: StepDraft[], locale: string): { steps: CollectionStep[]; bad: Set<string> } {
  const bad = new Set<string>()
  const steps = drafts.map((d, i) => {
    const offset = /^[+-]?[0-9]{1,4}$/.test(d.offset.trim()) ? Number(d.offset.trim()) : NaN
    if (Number.isNaN(offset)) bad.add(`${i}.offset`)
    const fee = d.fee.trim() === '' ? 0 : parseMoney(d.fee, locale)
    if (fee === null || fee < 0) bad.add(`${i}.fee`)
    return { id: d.id, kind: d.kind, anchor: d.anchor, offsetDays: Number.isNaN(offset) ? 0 : offset, channel: d.channel, templateKey: d.channel === 'call' ? '' : d.templateKey, fee: fee ?? 0 }
  })
  return { steps, bad }
}

function nextId(drafts: StepDraft[]): string {
  let n = drafts.length + 1
  while (drafts.some((d) => d.id === `step${n}`)) n++
  return `step${n}`
}

/** The steps table of one profile: kind, anchor, offset, channel, template and fee per step; add, remove, save. */
export function ProfileEditor({ profile }: { profile: CollectionProfile }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const [drafts, setDrafts] = useState<StepDraft[]>(() => profile.steps.map((s) => toDraft(s, fmt.locale)))
  const [saveError, setSaveError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { steps, bad } = toSteps(drafts, fmt.locale)
  const problems = useMemo(() => validateProfile({ ...profile, steps }).map((e) => errorMessage(t, e)), [profile, steps, t])
  const dirty = JSON.stringify(steps) !== JSON.stringify(profile.steps)

  const update = (i: number, patch: Partial<StepDraft>) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)))

  async function save() {
    setSaveError(null)
    if (bad.size > 0) return setSaveError(t('profiles.fixNumbers'))
    setBusy(true)
    try {
      await saveProfile(ctx, { id: String(profile.id), name: profile.name, steps })
      useToasts.getState().push('success', t('profiles.saved'))
    } catch (err) {
      setSaveError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  async function restore() {
    setBusy(true)
    try {
      await restoreDefaultProfile(ctx, String(profile.id))
      useToasts.getState().push('success', t('profiles.restored'))
    } catch (err) {
      setSaveError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="form-section" data-testid={`profile-editor-${profile.id}`}>
      <table className="table coll-steps">
        <thead>
          <tr>
            <th>{t('profiles.step')}</th>
            <th>{t('profiles.kind')}</th>
            <th>{t('profiles.when')}</th>
            <th>{t('profiles.channel')}</th>
            <th>{t('profiles.template')}</th>
            <th className="num">{t('profiles.fee')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {drafts.map((d, i) => (
            <tr key={d.id + (d.isNew ? '-new' : '')}>
              <td>
                <div className="strong">{stepName(t, d)}</div>
                <div className="code">{d.id}</div>
              </td>
              <td>
                <select value={d.kind} onChange={(e) => update(i, { kind: e.target.value as StepKind })} aria-label={t('profiles.kind')} data-testid={`step-${i}-kind`}>
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <div className="coll-when">
                  <input
                    className="num coll-offset"
                    inputMode="numeric"
                    value={d.offset}
                    onChange={(e) => update(i, { offset: e.target.value })}
                    aria-label={t('profiles.offset')}
                    aria-invalid={bad.has(`${i}.offset`) || undefined}
                    data-testid={`step-${i}-offset`}
                  />
                  <span className="muted">{t('profiles.daysFrom')}</span>
                  <select value={d.anchor} onChange={(e) => update(i, { anchor: e.target.value as 'issue' | 'due' })} aria-label={t('profiles.anchor')} data-testid={`step-${i}-anchor`}>
                    <option value="issue">{t('profiles.anchors.issue')}</option>
                    <option value="due">{t('profiles.anchors.due')}</option>
                  </select>
                </div>
              </td>
              <td>
                <select value={d.channel} onChange={(e) => update(i, { channel: e.target.value as StepChannel })} aria-label={t('profiles.channel')} data-testid={`step-${i}-channel`}>
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`channels.${c}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {d.channel === 'call' ? (
                  <span className="muted">{t('profiles.noTemplate')}</span>
                ) : (
                  <select value={d.templateKey} onChange={(e) => update(i, { templateKey: e.target.value })} aria-label={t('profiles.template')} data-testid={`step-${i}-template`}>
                    <option value="">{t('profiles.chooseTemplate')}</option>
                    {STEP_TEMPLATE_KEYS.map((k) => (
                      <option key={k} value={k}>
                        {t(`templates.keys.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td className="num">
                <input
                  className="num coll-fee"
                  inputMode="decimal"
                  value={d.fee}
                  placeholder="0"
                  onChange={(e) => update(i, { fee: e.target.value })}
                  aria-label={t('profiles.fee')}
                  aria-invalid={bad.has(`${i}.fee`) || undefined}
                  data-testid={`step-${i}-fee`}
                />
              </td>
              <td>
                <Button variant="ghost" className="line-remove" aria-label={t('profiles.remove')} title={t('profiles.remove')} onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}>
                  ×
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="toolbar">
        <Button
          onClick={() => setDrafts((ds) => [...ds, { id: nextId(ds), kind: 'reminder', anchor: 'due', offset: '60', channel: 'letter', templateKey: 'reminder3', fee: '', isNew: true }])}
          data-testid="profile-add-step"
        >
          {t('profiles.addStep')}
        </Button>
      </div>
      {problems.length > 0 ? (
        <Alert tone="warn" title={t('profiles.problems')}>
          <ul data-testid="profile-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {saveError ? <Alert tone="error">{saveError}</Alert> : null}
      <p className="muted small">{t('profiles.rules')}</p>
      <div className="form-footer">
        {profile.builtIn ? (
          <Button busy={busy} onClick={() => void restore()} data-testid="profile-restore">
            {t('profiles.restore')}
          </Button>
        ) : null}
        <Button variant="primary" busy={busy} disabled={!dirty || problems.length > 0} onClick={() => void save()} data-testid="profile-save">
          {t('common:actions.save')}
        </Button>
      </div>
    </div>
  )
}

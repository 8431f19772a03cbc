/**
 * Letter templates per key (courtesy, reminder1..3, demand, or a custom key) and language. The effective template
 * is the user's override when there is one, else the default shipped in locales/<lang>/letters.json.
 */
import { assertValidTemplate, TEMPLATE_KEYS, type LetterTemplateText } from '../../../domain/collections/templates'
import { DomainError } from '../../../domain/errors'
import type { IsoDateTime, Language } from '../../../domain/types'
import { nowIso, type Ctx } from '../../context'
import { parseInput } from '../../validate'
import enLetters from '../../../../locales/en/letters.json'
import esLetters from '../../../../locales/es/letters.json'
import roLetters from '../../../../locales/ro/letters.json'
import { writeCollectionsAudit } from './audit'
import { templateInputSchema, type TemplateInput } from './inputs'
import { templateId, type LetterTemplateRow } from './records'
import { requireRight } from '../../rights'

export type { TemplateInput } from './inputs'

export const LANGUAGES: readonly Language[] = ['es', 'ro', 'en']

const DEFAULTS: Record<Language, Record<string, LetterTemplateText | undefined>> = {
  es: esLetters as Record<string, LetterTemplateText>,
  ro: roLetters as Record<string, LetterTemplateText>,
  en: enLetters as Record<string, LetterTemplateText>,
}

export interface EffectiveTemplate extends LetterTemplateText {
  templateKey: string
  language: Language
  /** True when no user override exists (the shipped text). */
  isDefault: boolean
  /** The override's last change ('' for a default). */
  updatedAt: IsoDateTime
}

/** The shipped text of a template, if the key has one. */
export function defaultTemplate(templateKey: string, language: Language): LetterTemplateText | undefined {
  const t = DEFAULTS[language][templateKey]
  return t ? { subject: t.subject, body: t.body } : undefined
}

function effective(templateKey: string, language: Language, row: LetterTemplateRow | undefined): EffectiveTemplate | undefined {
  if (row) return { templateKey, language, subject: row.subject, body: row.body, isDefault: false, updatedAt: row.updatedAt }
  const d = defaultTemplate(templateKey, language)
  return d ? { templateKey, language, ...d, isDefault: true, updatedAt: '' } : undefined
}

/** The template a letter uses: the override, else the default; undefined for a key with neither. */
export async function getEffectiveTemplate(ctx: Ctx, templateKey: string, language: Language): Promise<EffectiveTemplate | undefined> {
  return effective(templateKey, language, await ctx.db.letterTemplates.get(templateId(templateKey, language)))
}

/** Every template of a language (the default keys and any custom key with an override), by key. */
export async function effectiveTemplates(ctx: Ctx, language: Language): Promise<Record<string, EffectiveTemplate>> {
  const rows = await ctx.db.letterTemplates.toArray()
  const overrides = new Map(rows.filter((r) => r.language === language).map((r) => [r.templateKey, r]))
  const out: Record<string, EffectiveTemplate> = {}
  for (const key of new Set<string>([...TEMPLATE_KEYS, ...overrides.keys()])) {
    const t = effective(key, language, overrides.get(key))
    if (t) out[key] = t
  }
  return out
}

/** Every template in every language, for the editor: default keys first, then custom keys. */
export async function listTemplates(ctx: Ctx): Promise<EffectiveTemplate[]> {
  const perLanguage = await Promise.all(LANGUAGES.map((lang) => effectiveTemplates(ctx, lang)))
  return perLanguage.flatMap((byKey) => Object.values(byKey))
}

/**
 * Saves the user's version of a template. Subject and body are checked first: an unknown `{{placeholder}}` is
 * refused naming it (letters.unknownPlaceholder { name }), as is a `{{` without its `}}`.
 */
export async function saveTemplate(ctx: Ctx, input: TemplateInput): Promise<EffectiveTemplate> {
  requireRight(ctx, 'settings.write')
  const v = parseInput(templateInputSchema, input)
  assertValidTemplate({ subject: v.subject, body: v.body })
  const { db } = ctx
  return db.transaction('rw', [db.letterTemplates, db.audit], async () => {
    const id = templateId(v.templateKey, v.language)
    const before = await db.letterTemplates.get(id)
    const row: LetterTemplateRow = { id, templateKey: v.templateKey, language: v.language, subject: v.subject, body: v.body, updatedAt: nowIso(ctx) }
    await db.letterTemplates.put(row)
    await writeCollectionsAudit(ctx, 'letterTemplate', id, before ? 'update' : 'create', before ?? null, row)
    return effective(v.templateKey, v.language, row) as EffectiveTemplate
  })
}

/** Drops the user's version: the default applies again. */
export async function resetTemplate(ctx: Ctx, templateKey: string, language: Language): Promise<void> {
  requireRight(ctx, 'settings.write')
  const { db } = ctx
  await db.transaction('rw', [db.letterTemplates, db.audit], async () => {
    const id = templateId(templateKey, language)
    const before = await db.letterTemplates.get(id)
    if (!before) throw new DomainError('data.collections.templateNotCustomized')
    await db.letterTemplates.delete(id)
    await writeCollectionsAudit(ctx, 'letterTemplate', id, 'delete', before, null)
  })
}

/**
 * Letter templates: plain text with `{{placeholder}}` fields, paragraphs separated by a blank line.
 * The invoice table, the totals and the party blocks are printed by the PDF builder, not by the template text.
 */
import { DomainError } from '../errors'

/** The fields a template may use, in the order the editor lists them. */
export const PLACEHOLDERS = [
  'company.name',
  'company.taxId',
  'company.tradeRegister',
  'company.iban',
  'customer.name',
  'customer.taxId',
  'customer.tradeRegister',
  'customer.contact',
  'today',
  'payBy',
  'invoices.count',
  'principal',
  'interest',
  'compensation',
  'fees',
  'totalClaimed',
  'interestRate',
  'legalBasis',
  'remindersSent',
  'oldestDueDate',
  'daysLate',
] as const

export type Placeholder = (typeof PLACEHOLDERS)[number]
export type PlaceholderValues = Record<Placeholder, string>

/** Template keys of the default letters (locales/<lang>/letters.json). */
export const TEMPLATE_KEYS = ['courtesy', 'reminder1', 'reminder2', 'reminder3', 'demand', 'interestNote'] as const
export type TemplateKey = (typeof TEMPLATE_KEYS)[number]

export interface LetterTemplateText {
  subject: string
  body: string
}

const KNOWN = new Set<string>(PLACEHOLDERS)
/** `{{ name }}` with optional spaces; names are letters, digits and dots. */
const FIELD_RE = /\{\{\s*([^{}]*?)\s*\}\}/g

/**
 * Problems of a template text: letters.unknownPlaceholder { name } for each field not in PLACEHOLDERS (once per
 * name), letters.unclosedPlaceholder { text } when a `{{` or `}}` is left without its pair.
 */
export function validateTemplate(text: string): DomainError[] {
  const errors: DomainError[] = []
  const seen = new Set<string>()
  for (const m of text.matchAll(FIELD_RE)) {
    const name = m[1] ?? ''
    if (!KNOWN.has(name) && !seen.has(name)) {
      seen.add(name)
      errors.push(new DomainError('letters.unknownPlaceholder', { name }))
    }
  }
  const rest = text.replace(FIELD_RE, '')
  const stray = /\{\{|\}\}/.exec(rest)
  if (stray) {
    const at = stray.index
    errors.push(new DomainError('letters.unclosedPlaceholder', { text: rest.slice(Math.max(0, at - 10), at + 20).trim() }))
  }
  return errors
}

/** Validates subject and body together; throws the first problem. */
export function assertValidTemplate(t: LetterTemplateText): void {
  const first = [...validateTemplate(t.subject), ...validateTemplate(t.body)][0]
  if (first) throw first
}

/** Fills in the fields; an unknown field throws letters.unknownPlaceholder { name }. */
export function renderTemplate(text: string, values: Partial<PlaceholderValues>): string {
  return text.replace(FIELD_RE, (_all, raw: string) => {
    if (!KNOWN.has(raw)) throw new DomainError('letters.unknownPlaceholder', { name: raw })
    return values[raw as Placeholder] ?? ''
  })
}

/** The body's paragraphs: split on blank lines, trimmed, empty ones dropped (single line breaks are kept). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/**
 * Collections rows that exist only in storage (the domain shapes live in renderer/domain/collections/types.ts),
 * and the default settings every database starts with.
 */
import type { CollectionSettings } from '../../../domain/collections/types'
import type { IsoDateTime, Language } from '../../../domain/types'

/** A user-edited letter template: overrides the default of its key in its language. */
export interface LetterTemplateRow {
  /** `${templateKey}-${language}` */
  id: string
  templateKey: string
  language: Language
  subject: string
  /** Paragraphs separated by a blank line; placeholders `{{name}}`. */
  body: string
  updatedAt: IsoDateTime
}

/** The one settings row's id. */
export const COLLECTION_SETTINGS_ID = 'collections' as const

/** What a new database starts with; eurToRon is a recent BNR rate the user keeps up to date. */
export const DEFAULT_COLLECTION_SETTINGS: CollectionSettings = {
  id: COLLECTION_SETTINGS_ID,
  dayCount: 'act365',
  compensationEur: 4000,
  eurToRon: 4.97,
  bankImportMaxAgeDays: 7,
  lastBankImportOn: '',
  promiseGraceDays: 2,
  noContactDays: 60,
  updatedAt: '',
}

export function templateId(templateKey: string, language: Language): string {
  return `${templateKey}-${language}`
}

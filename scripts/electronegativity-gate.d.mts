/** Types for scripts/electronegativity-gate.mjs (used by its unit test). */
export interface AllowlistEntry {
  check: string
  file?: string
  sample?: string
  reason: string
  reviewedBy: string
  reviewedOn: string
}
export interface Allowlist {
  excludedChecks: AllowlistEntry[]
  findings: AllowlistEntry[]
}
export interface Finding {
  id: string
  file: string
  line: number
  severity: string
  confidence: string
  sample: string
  description: string
}
export interface ParseError {
  file: string
  message: string
}
export interface Verdict {
  failing: Finding[]
  allowed: { finding: Finding; entry: AllowlistEntry }[]
  minor: Finding[]
  unusedEntries: AllowlistEntry[]
  parseErrors: ParseError[]
  ok: boolean
}
export const FAILING_SEVERITIES: string[]
export function checkClassName(checkId: string): string
export function validateAllowlist(allowlist: unknown): string[]
export function evaluateFindings(findings: Finding[], allowlist: Allowlist, parseErrors?: ParseError[]): Verdict

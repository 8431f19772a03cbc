/**
 * The decision of `npm run security`, kept apart from the scan so it can be unit tested
 * (tests/unit/main/securityElectronegativity.test.ts): which Electronegativity findings fail the build.
 *
 * A finding fails when its severity is MEDIUM or HIGH (any confidence) and no allowlist entry matches it exactly
 * (same check id, same file, same reported source line). An allowlist entry that matches nothing is stale and fails
 * too: it would silently cover the next real finding at that place. A file the scanner could not parse fails, since
 * it went unchecked.
 */

export const FAILING_SEVERITIES = ['MEDIUM', 'HIGH', 'CRITICAL']

const DATE = /^\d{4}-\d{2}-\d{2}$/
const CHECK_ID = /^[A-Z0-9_]+_CHECK$/

/** The scanner's internal name for a check id: AUXCLICK_JS_CHECK -> auxclickjscheck (its class name, lowercased). */
export function checkClassName(checkId) {
  return checkId.replace(/_/g, '').toLowerCase()
}

function requireText(entry, key, where, problems, minLength = 1) {
  const value = entry[key]
  if (typeof value !== 'string' || value.trim().length < minLength) {
    problems.push(`${where}: "${key}" must be a text of at least ${minLength} characters`)
  }
}

/** Lists what is wrong with the allowlist file; an empty list means it is usable. */
export function validateAllowlist(allowlist) {
  const problems = []
  if (!allowlist || typeof allowlist !== 'object') return ['the allowlist must be a JSON object']
  for (const key of ['excludedChecks', 'findings']) {
    if (!Array.isArray(allowlist[key])) problems.push(`"${key}" must be an array`)
  }
  if (problems.length > 0) return problems
  const entries = [
    ...allowlist.excludedChecks.map((e, i) => [e, `excludedChecks[${i}]`, false]),
    ...allowlist.findings.map((e, i) => [e, `findings[${i}]`, true]),
  ]
  for (const [entry, where, isFinding] of entries) {
    if (!entry || typeof entry !== 'object') {
      problems.push(`${where}: must be an object`)
      continue
    }
    if (typeof entry.check !== 'string' || !CHECK_ID.test(entry.check)) problems.push(`${where}: "check" must be a check id such as AUXCLICK_JS_CHECK`)
    if (isFinding) {
      requireText(entry, 'file', where, problems)
      requireText(entry, 'sample', where, problems)
    }
    requireText(entry, 'reason', where, problems, 40)
    requireText(entry, 'reviewedBy', where, problems)
    if (typeof entry.reviewedOn !== 'string' || !DATE.test(entry.reviewedOn)) problems.push(`${where}: "reviewedOn" must be a date YYYY-MM-DD`)
  }
  return problems
}

function matches(entry, finding) {
  return entry.check === finding.id && entry.file === finding.file && entry.sample.trim() === String(finding.sample ?? '').trim()
}

/**
 * @param findings  [{ id, file, line, severity, confidence, sample, description }] with severity a name (HIGH ...)
 * @param allowlist a valid allowlist (see validateAllowlist)
 * @param parseErrors [{ file, message }] files the scanner could not read
 * @returns { failing, allowed: [{ finding, entry }], minor, unusedEntries, parseErrors, ok }
 */
export function evaluateFindings(findings, allowlist, parseErrors = []) {
  const failing = []
  const allowed = []
  const minor = []
  const used = new Set()
  for (const finding of findings) {
    if (!FAILING_SEVERITIES.includes(finding.severity)) {
      minor.push(finding)
      continue
    }
    const entry = allowlist.findings.find((e) => matches(e, finding))
    if (entry) {
      used.add(entry)
      allowed.push({ finding, entry })
    } else {
      failing.push(finding)
    }
  }
  const unusedEntries = allowlist.findings.filter((e) => !used.has(e))
  return { failing, allowed, minor, unusedEntries, parseErrors, ok: failing.length === 0 && unusedEntries.length === 0 && parseErrors.length === 0 }
}

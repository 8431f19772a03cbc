// @vitest-environment node
/** The gate of `npm run security` (scripts/electronegativity.mjs): what fails the build, and the reviewed allowlist. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkClassName, evaluateFindings, validateAllowlist, type Allowlist, type Finding } from '../../../scripts/electronegativity-gate.mjs'

const root = join(import.meta.dirname, '..', '..', '..')
const reviewed = { reason: 'False positive: webPreferences come from secureWebPreferences(), tested.', reviewedBy: 'lead', reviewedOn: '2026-11-23' }

function finding(over: Partial<Finding>): Finding {
  return { id: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts', line: 23, severity: 'MEDIUM', confidence: 'FIRM', sample: 'const win = new BrowserWindow({', description: 'Use sandbox', ...over }
}

const allowlist = (): Allowlist => ({
  excludedChecks: [],
  findings: [{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts', sample: 'const win = new BrowserWindow({', ...reviewed }],
})

describe('evaluateFindings', () => {
  it('fails on an unlisted HIGH or MEDIUM finding, whatever its confidence', () => {
    const high = finding({ id: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH', confidence: 'TENTATIVE' })
    const medium = finding({ id: 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', file: 'electron/main/security.ts' })
    const verdict = evaluateFindings([finding({}), high, medium], allowlist())
    expect(verdict.ok).toBe(false)
    expect(verdict.failing).toEqual([high, medium])
    expect(verdict.allowed.map((a) => a.finding)).toEqual([finding({})])
  })

  it('passes when every MEDIUM/HIGH finding is allowlisted; LOW and INFORMATIONAL never fail', () => {
    const low = finding({ id: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/index.html' })
    const info = finding({ id: 'ELECTRON_VERSION_JSON_CHECK', severity: 'INFORMATIONAL', file: 'package.json' })
    const verdict = evaluateFindings([finding({}), low, info], allowlist())
    expect(verdict).toMatchObject({ ok: true, failing: [], minor: [low, info], unusedEntries: [] })
  })

  it('matches an entry only on the same check, file and source line', () => {
    expect(evaluateFindings([finding({ file: 'electron/main/other.ts' })], allowlist()).failing).toHaveLength(1)
    expect(evaluateFindings([finding({ sample: 'const popup = new BrowserWindow({' })], allowlist()).failing).toHaveLength(1)
    expect(evaluateFindings([finding({ id: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' })], allowlist()).failing).toHaveLength(1)
  })

  it('reports stale entries and unparsed files as failures', () => {
    const stale = evaluateFindings([], allowlist())
    expect(stale.ok).toBe(false)
    expect(stale.unusedEntries).toEqual(allowlist().findings)
    const unparsed = evaluateFindings([finding({})], allowlist(), [{ file: 'electron/main/x.ts', message: 'Unexpected token' }])
    expect(unparsed.ok).toBe(false)
  })
})

describe('validateAllowlist', () => {
  it('requires check, file, sample, a real reason, a reviewer and a review date on every entry', () => {
    expect(validateAllowlist(allowlist())).toEqual([])
    const bad = allowlist()
    bad.findings.push({ check: 'sandbox', file: '', sample: 'x', reason: 'fp', reviewedBy: '', reviewedOn: '23/11/2026' })
    expect(validateAllowlist(bad)).toEqual([
      'findings[1]: "check" must be a check id such as AUXCLICK_JS_CHECK',
      'findings[1]: "file" must be a text of at least 1 characters',
      'findings[1]: "reason" must be a text of at least 40 characters',
      'findings[1]: "reviewedBy" must be a text of at least 1 characters',
      'findings[1]: "reviewedOn" must be a date YYYY-MM-DD',
    ])
    expect(validateAllowlist({ findings: [] })).toEqual(['"excludedChecks" must be an array'])
  })

  it('accepts the repository allowlist, whose files and source lines exist', () => {
    const repo = JSON.parse(readFileSync(join(root, 'security/electronegativity-allowlist.json'), 'utf8')) as Allowlist
    expect(validateAllowlist(repo)).toEqual([])
    for (const entry of repo.findings) {
      const source = readFileSync(join(root, entry.file!), 'utf8')
      expect(source.split('\n').map((l) => l.trim()), `${entry.check} ${entry.file}`).toContain(entry.sample)
    }
  })

  it('names checks the way the scanner does', () => {
    expect(checkClassName('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK')).toBe('availablesecurityfixesglobalcheck')
    expect(checkClassName('AUXCLICK_JS_CHECK')).toBe('auxclickjscheck')
  })
})

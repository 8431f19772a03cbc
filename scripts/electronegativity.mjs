#!/usr/bin/env node
/**
 * `npm run security`: runs @doyensec/electronegativity on the TypeScript sources of the Electron shell (electron/) and
 * the renderer (renderer/), and fails (exit 1) on any MEDIUM or HIGH finding that security/electronegativity-allowlist.json
 * does not explain, on any stale allowlist entry, and on any source file the scanner could not parse.
 *
 * The scan is hermetic: the sources are copied to a temporary folder (so the scanner sees exactly electron/, renderer/
 * and package.json, never node_modules, out/ or tests/), the Electron version is the installed one, and the
 * scanner's two network look-ups are switched off (translations: answered offline from its bundled English; the
 * release-list check: excluded in the allowlist, with its reason).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { checkClassName, evaluateFindings, validateAllowlist } from './electronegativity-gate.mjs'

const root = resolve(import.meta.dirname, '..')
const allowlistPath = join(root, 'security', 'electronegativity-allowlist.json')
const SCANNED = ['electron', 'renderer', 'package.json']
const require = createRequire(import.meta.url)

/** The scanner fetches fresh translations on start; answer "offline" at once so it uses the ones it ships. */
function keepScannerOffline() {
  const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity'))
  const gotPath = scannerRequire.resolve('got')
  const offline = () => Promise.reject(new Error('offline: npm run security makes no network requests'))
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline }
}

async function scan(allowlist) {
  keepScannerOffline()
  const run = require('@doyensec/electronegativity')
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  const staging = mkdtempSync(join(tmpdir(), 'cobro-electronegativity-'))
  try {
    for (const name of SCANNED) cpSync(join(root, name), join(staging, name), { recursive: true })
    const result = await run({
      input: staging,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: allowlist.excludedChecks.map((e) => checkClassName(e.check)),
    })
    const findings = result.issues.map((i) => ({
      id: i.id,
      file: i.file,
      line: i.location?.line ?? 0,
      severity: i.severity.name,
      confidence: i.confidence.name,
      sample: i.sample ?? '',
      description: i.description,
    }))
    const parseErrors = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: e.file.replace(`${staging}/`, ''), message: e.message }))
    return { findings, parseErrors, checks: result.globalChecks + result.atomicChecks, electronVersion }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

function where(f) {
  return `${f.id} ${f.severity}/${f.confidence} ${f.file}:${f.line}`
}

async function main() {
  const started = Date.now()
  const allowlist = JSON.parse(readFileSync(allowlistPath, 'utf8'))
  const problems = validateAllowlist(allowlist)
  if (problems.length > 0) {
    console.error(`security/electronegativity-allowlist.json is invalid:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  const { findings, parseErrors, checks, electronVersion } = await scan(allowlist)
  const verdict = evaluateFindings(findings, allowlist, parseErrors)

  console.log(`electronegativity: ${checks} checks on ${SCANNED.join(', ')} (Electron ${electronVersion}), ${((Date.now() - started) / 1000).toFixed(1)} s`)
  for (const e of allowlist.excludedChecks) console.log(`  excluded  ${e.check}: ${e.reason}`)
  for (const { finding, entry } of verdict.allowed) console.log(`  allowed   ${where(finding)}: ${entry.reason}`)
  for (const f of verdict.minor) console.log(`  note      ${where(f)}: ${f.description}${f.sample ? ` [${f.sample.slice(0, 120)}]` : ''}`)
  for (const f of verdict.failing) console.error(`  FAIL      ${where(f)}: ${f.description} [${f.sample}]`)
  for (const e of verdict.unusedEntries) console.error(`  STALE     allowlist entry ${e.check} ${e.file} "${e.sample}" matches no finding: remove it`)
  for (const e of verdict.parseErrors) console.error(`  UNPARSED  ${e.file}: ${e.message}`)

  if (!verdict.ok) {
    console.error('electronegativity: FAILED. Fix the code, or, for a reviewed false positive, add an entry to security/electronegativity-allowlist.json.')
    process.exit(1)
  }
  console.log(`electronegativity: OK (${verdict.allowed.length} allowlisted, ${verdict.minor.length} low/informational)`)
}

await main()

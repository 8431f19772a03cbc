// @vitest-environment node
/** The e2e harness runs handlers/ and documents/ in plain Node: they must never import 'electron'. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..', '..')

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

describe('electron import boundary', () => {
  it('handlers/, documents/, contract/ and the pure main helpers do not import electron', () => {
    const files = [
      ...tsFiles(join(root, 'electron/main/handlers')),
      ...tsFiles(join(root, 'electron/main/documents')),
      ...tsFiles(join(root, 'electron/contract')),
      join(root, 'electron/main/senders.ts'),
      join(root, 'electron/main/csp.ts'),
    ]
    expect(files.length).toBeGreaterThan(10)
    for (const f of files) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"]electron['"]|require\(['"]electron['"]\)/)
    }
  })
})

/**
 * Bundles electron/main/documents/pdf/worker.ts the way electron-vite does for the app (SSR build: dependencies
 * such as pdfmake stay external), into node_modules/.cache so that `pdfmake` resolves from the repository's
 * node_modules. Tests then run letter batches through a real worker thread built from the current sources, not
 * through a possibly stale out/main/pdfWorker.js.
 */
import { mkdtempSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'vite'

const root = join(import.meta.dirname, '..', '..', '..')

let bundled: Promise<string> | null = null

export function bundlePdfWorker(): Promise<string> {
  bundled ??= (async () => {
    const cache = join(root, 'node_modules', '.cache')
    await mkdir(cache, { recursive: true })
    const outDir = mkdtempSync(join(cache, 'cobro-pdf-worker-'))
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        ssr: join(root, 'electron/main/documents/pdf/worker.ts'),
        outDir,
        emptyOutDir: false,
        minify: false,
        rolldownOptions: { output: { format: 'esm', entryFileNames: 'pdfWorker.mjs' } },
      },
    })
    return join(outDir, 'pdfWorker.mjs')
  })()
  return bundled
}

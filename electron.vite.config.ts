import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { PRODUCTION_META_CSP } from './electron/main/csp'

const root = import.meta.dirname

/** The built page carries the production CSP as a <meta> too (file:// pages may not get main's header). */
function cspMeta(): Plugin {
  return {
    name: 'cobro-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: PRODUCTION_META_CSP }, injectTo: 'head-prepend' }],
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Two entries: the main process, and the worker thread that renders letter batches to PDF
      // (out/main/pdfWorker.js, found at runtime by electron/main/documents/pdf/letterRenderer.ts).
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          pdfWorker: resolve(root, 'electron/main/documents/pdf/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: resolve(root, 'electron/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          // The scale benchmark's page (tests/bench/scale), not shipped: only in builds made with COBRO_BENCH=1.
          ...(process.env.COBRO_BENCH === '1' ? { bench: resolve(root, 'renderer/bench/index.html') } : {}),
        },
      },
    },
  },
})

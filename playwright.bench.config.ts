import { defineConfig } from '@playwright/test'

/**
 * The scale benchmark (tests/bench/scale, issue 7), apart from the e2e suite: one worker, hours of timeout, its own
 * port (the cached IndexedDB belongs to that origin). It serves a snapshot of the COBRO_BENCH=1 build, so another
 * build of out/renderer during a long run cannot change the page under it. Run: npm run bench:scale.
 */
const PORT = Number(process.env.COBRO_BENCH_PORT ?? 4189)

export default defineConfig({
  testDir: 'tests/bench/scale',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/bench',
  timeout: 4 * 3600_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  webServer: {
    command: `rm -rf .bench-cache/renderer && mkdir -p .bench-cache && cp -r out/renderer .bench-cache/renderer && npx vite preview --outDir .bench-cache/renderer --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/bench/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})

/**
 * Imported first by main.tsx, before any module that builds or runs a zod schema: zod's fast path probes
 * `new Function('')`, which our CSP (no 'unsafe-eval') reports as a violation. jitless skips the probe.
 */
import { z } from 'zod'

z.config({ jitless: true })

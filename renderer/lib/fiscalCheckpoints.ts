/**
 * Where this PC keeps its last good check of the VERI*FACTU chains (renderer/db/repos/fiscal/verify.ts): local
 * storage, beside the database. Losing it, or finding it odd, only means the next check has nothing to compare with.
 */
import type { CheckpointStore, FiscalCheckpoint } from '../db/repos/fiscal/verify'

const CHECKPOINT_KEY = 'cobro.fiscalCheckpoint'

/** This PC's last good check of the chains. */
export const localCheckpoints: CheckpointStore = {
  load() {
    try {
      return JSON.parse(globalThis.localStorage?.getItem(CHECKPOINT_KEY) ?? 'null') as FiscalCheckpoint | null
    } catch {
      return null
    }
  },
  save(checkpoint) {
    try {
      globalThis.localStorage?.setItem(CHECKPOINT_KEY, JSON.stringify(checkpoint))
    } catch {
      // Storage full or unavailable: the next check has nothing to compare with.
    }
  },
}

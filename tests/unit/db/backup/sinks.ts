/** Helpers of the backup tests: a sink that records each backup streamed into it, and the error a promise ends in. */
import type { BackupHeader } from '../../../../electron/contract/backup'
import type { OpenSink } from '../../../../renderer/db/backup/snapshot'

export interface Recorded {
  header: BackupHeader
  text: string
}

export function recordingSink(): { open: OpenSink<void>; written: Recorded[]; aborted: number } {
  const state = { written: [] as Recorded[], aborted: 0 }
  const open: OpenSink<void> = async (header, line) => {
    const parts = [`${line}\n`]
    return {
      append: async (text) => void parts.push(text),
      finish: async () => void state.written.push({ header, text: parts.join('') }),
      abort: async () => void (state.aborted += 1),
    }
  }
  return {
    open,
    get written() {
      return state.written
    },
    get aborted() {
      return state.aborted
    },
  }
}

/** The error `p` rejects with (fails the test when it resolves). */
export async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error('expected a refusal')
}

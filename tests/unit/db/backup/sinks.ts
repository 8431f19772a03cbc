/** A sink that records each backup streamed into it as one text, with its header (tests of the backup steps). */
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

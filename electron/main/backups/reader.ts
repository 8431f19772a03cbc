/**
 * Reading a backup file back as text, a chunk at a time (never the whole file in memory): 1 MB blocks from the
 * file, through gunzip when it is gzip (a plain, un-gzipped backup is read as it is), decoded as strict UTF-8.
 * Failures become the codes the renderer translates: backup.unreadable { file } (not gzip/UTF-8, a cut or corrupt
 * gzip stream), backup.readFailed { file, reason } (the disk). The caller has already checked the header.
 */
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { MAX_BACKUP_CHUNK_CHARS } from '../../contract/backup'
import { IpcError } from '../../contract/errors'
import { errorCode, type BackupFs, type BackupFileHandle } from './fsAccess'

const BLOCK = 1024 * 1024
/** Text handed over per call: large enough to keep IPC calls few, well under the chunk limit. */
const CHUNK_CHARS = Math.min(4 * 1024 * 1024, MAX_BACKUP_CHUNK_CHARS)

export interface StreamReader {
  /** The next piece of text; done (and '') at the end. */
  next(): Promise<{ text: string; done: boolean }>
  close(): Promise<void>
}

class DiskError extends Error {
  constructor(readonly failure: unknown) {
    super('read failed')
  }
}

async function* blocks(handle: BackupFileHandle): AsyncGenerator<Uint8Array> {
  let position = 0
  for (;;) {
    const buffer = new Uint8Array(BLOCK)
    let bytesRead: number
    try {
      ;({ bytesRead } = await handle.read(buffer, 0, BLOCK, position))
    } catch (err) {
      throw new DiskError(err)
    }
    if (bytesRead === 0) return
    position += bytesRead
    yield buffer.subarray(0, bytesRead)
  }
}

async function* inflated(handle: BackupFileHandle, gzip: boolean): AsyncGenerator<Uint8Array> {
  if (!gzip) {
    yield* blocks(handle)
    return
  }
  const source = Readable.from(blocks(handle))
  const gunzip = createGunzip()
  source.on('error', (err) => gunzip.destroy(err))
  yield* source.pipe(gunzip) as AsyncIterable<Uint8Array>
}

export async function openStreamReader(fs: BackupFs, path: string, file: string): Promise<StreamReader> {
  let handle: BackupFileHandle
  const start = new Uint8Array(2)
  try {
    handle = await fs.open(path, 'r')
    await handle.read(start, 0, 2, 0)
  } catch (err) {
    throw new IpcError('backup.readFailed', { file, reason: errorCode(err) })
  }
  const gzip = start[0] === 0x1f && start[1] === 0x8b
  const source = inflated(handle, gzip)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let done = false

  const close = async () => {
    done = true
    await source.return(undefined).catch(() => undefined)
    await handle.close().catch(() => undefined)
  }

  return {
    async next() {
      if (done) return { text: '', done: true }
      let text = ''
      try {
        while (text.length < CHUNK_CHARS) {
          const r = await source.next()
          if (r.done) {
            text += decoder.decode()
            await close()
            return { text, done: true }
          }
          text += decoder.decode(r.value, { stream: true })
        }
      } catch (err) {
        await close()
        if (err instanceof DiskError) throw new IpcError('backup.readFailed', { file, reason: errorCode(err.failure) })
        throw new IpcError('backup.unreadable', { file })
      }
      return { text, done: false }
    },
    close,
  }
}

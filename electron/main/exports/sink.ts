/**
 * The file a writer streams into: created exclusively (never an existing file), with its first error kept and
 * reported as files.writeFailed at the next await, and with back-pressure between chunks. No electron import.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { IpcError } from '../../contract/errors'

export interface FileSink {
  stream: WriteStream
  /** Resolves once the file has taken what was written so far (waits for 'drain'); throws the first write error. */
  settle(): Promise<void>
  /** Resolves when the file is closed after a normal end; throws the first write error. */
  closed(): Promise<void>
  /** True once a write to the file has failed. */
  failed(): boolean
  /** Closes the file without finishing it. Never throws. */
  destroy(): Promise<void>
}

export function writeFailed(path: string, err: unknown): IpcError {
  const reason = (err as { code?: unknown } | null)?.code
  return new IpcError('files.writeFailed', { path, reason: typeof reason === 'string' ? reason : 'unknown' })
}

export async function fileSink(path: string, reportAs = path): Promise<FileSink> {
  const stream = createWriteStream(path, { flags: 'wx' })
  let failure: unknown = null
  const isClosed = new Promise<void>((resolve) => stream.once('close', () => resolve()))
  stream.on('error', (err) => {
    failure ??= err
  })
  await new Promise<void>((resolve, reject) => {
    stream.once('ready', () => resolve())
    stream.once('error', (err) => reject(writeFailed(reportAs, err)))
  })
  const check = () => {
    if (failure) throw writeFailed(reportAs, failure)
  }
  return {
    stream,
    async settle() {
      check()
      // Let the zip/deflate stages move data along, then wait for the disk if it is behind.
      await new Promise<void>((resolve) => setImmediate(resolve))
      if (stream.writableNeedDrain) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done)
            stream.off('close', done)
            resolve()
          }
          stream.on('drain', done)
          stream.on('close', done)
        })
      }
      check()
    },
    failed: () => failure !== null,
    async closed() {
      if (!stream.closed) await isClosed
      check()
    },
    async destroy() {
      if (!stream.closed) {
        stream.destroy()
        await isClosed
      }
    },
  }
}

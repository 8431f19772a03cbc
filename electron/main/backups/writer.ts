/**
 * One backup being written, chunk by chunk: the text goes through a gzip stream into a hidden temp file beside the
 * target; `finish` flushes it to disk and renames it over the target, `abort` (or any failure) removes the temp
 * file. So a full disk, a pulled USB stick or a renderer that stops half-way never leaves a partial backup, and
 * never touches what was there before. Backpressure: `append` resolves once gzip has taken the chunk.
 */
import { once } from 'node:events'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { BackupFs, BackupFileHandle } from './fsAccess'
import { tempPathFor, writeFailed } from './fsAccess'
import { LineCheck } from './lineCheck'
import { IpcError } from '../../contract/errors'

export interface StreamWriter {
  append(text: string): Promise<void>
  /** Completes the file at `path` (the temp is renamed there); returns its size. */
  finish(path: string): Promise<number>
  abort(): Promise<void>
}

/** Opens the temp file for a backup that will end up at `path` (its folder must exist). */
export async function openStreamWriter(fs: BackupFs, path: string, headerLine: string): Promise<StreamWriter> {
  const temp = tempPathFor(path)
  let handle: BackupFileHandle
  try {
    handle = await fs.open(temp, 'wx')
  } catch (err) {
    throw writeFailed(path, err)
  }
  let bytes = 0
  const gzip = createGzip({ level: 6 })
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length
      handle.writeFile(chunk).then(() => done(), done)
    },
  })
  let failure: unknown = null
  const flowing = pipeline(gzip, sink).catch((err: unknown) => {
    failure ??= err
  })
  const check = new LineCheck()
  let closed = false

  async function cleanUp(): Promise<void> {
    if (closed) return
    closed = true
    gzip.destroy()
    await flowing
    await handle.close().catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
  }

  async function write(data: Uint8Array): Promise<void> {
    if (failure) throw failure
    if (!gzip.write(data)) await Promise.race([once(gzip, 'drain'), flowing])
    if (failure) throw failure
  }

  const fail = async (err: unknown): Promise<never> => {
    await cleanUp()
    throw err instanceof IpcError ? err : writeFailed(path, err)
  }

  await check.start(headerLine)
  await write(new TextEncoder().encode(`${headerLine}\n`)).catch(fail)

  return {
    async append(text) {
      if (closed) throw new IpcError('backup.invalid', {})
      const data = new TextEncoder().encode(text)
      try {
        await check.add(data)
        await write(data)
      } catch (err) {
        await fail(err)
      }
    },
    async finish(target) {
      if (closed) throw new IpcError('backup.invalid', {})
      if (!check.complete) return fail(new IpcError('backup.invalid', {})) // no trailer: cut short
      try {
        gzip.end()
        await flowing
        if (failure) throw failure
        await handle.sync()
        await handle.close()
        closed = true
        await fs.rename(temp, target)
        return bytes
      } catch (err) {
        closed = false
        return fail(err)
      }
    },
    abort: cleanUp,
  }
}

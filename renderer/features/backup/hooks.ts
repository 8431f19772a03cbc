import { useCallback, useEffect, useState } from 'react'
import type { BackupListResult, BackupSettingsResult } from '../../../electron/contract/backup'
import { changeBackupKeep } from '../../db/backup/settings'
import { cobro } from '../../lib/bridge'
import { ctx } from '../../lib/ctx'

/** The backups folder's listing, loaded on mount and on refresh(). */
export function useBackupList() {
  const [list, setList] = useState<BackupListResult | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    cobro()
      .listBackups()
      .then(
        (res) => {
          if (!live) return
          setList(res)
          setError(null)
        },
        (e: unknown) => {
          if (live) setError(e)
        },
      )
    return () => {
      live = false
    }
  }, [version])
  const refresh = useCallback(() => setVersion((v) => v + 1), [])
  return { list, error, refresh }
}

/** The generations setting (kept by main). */
export function useBackupSettings() {
  const [settings, setSettings] = useState<BackupSettingsResult | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    cobro()
      .getBackupSettings()
      .then(
        (res) => live && setSettings(res),
        (e: unknown) => live && setError(e),
      )
    return () => {
      live = false
    }
  }, [])
  const save = useCallback(
    async (keep: number) => {
      const res = await changeBackupKeep(ctx, keep, settings?.keep ?? null, (k) => cobro().setBackupSettings({ keep: k }))
      setSettings(res)
      return res
    },
    [settings],
  )
  return { settings, error, save }
}

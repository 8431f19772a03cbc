import type { Page } from '@playwright/test'

/**
 * Changes one stored row behind the app's back, as someone with the database file might: `patch` maps dotted
 * paths to new values, e.g. { 'after.terms.days': 365 } or { 'customer.address.region': 'Atlantida' }.
 */
export async function patchStoredRow(page: Page, store: string, key: string | number, patch: Record<string, string | number | boolean>): Promise<void> {
  await page.evaluate(
    ({ store, key, patch }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cobro')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite')
          const objects = tx.objectStore(store)
          const get = objects.get(key)
          get.onsuccess = () => {
            const row = get.result as Record<string, unknown>
            for (const [path, value] of Object.entries(patch)) {
              const parts = path.split('.')
              let target = row
              for (const p of parts.slice(0, -1)) target = target[p] as Record<string, unknown>
              target[parts[parts.length - 1]!] = value
            }
            objects.put(row)
          }
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { store, key, patch },
  )
}

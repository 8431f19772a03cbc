import { create } from 'zustand'
import { loadDemoCompany } from '../../db/demo'
import { ctx, today } from '../../lib/ctx'
import type { Country } from '../../domain/types'

/**
 * The demo load's progress, kept outside the setup page: the loader writes the company first, so the app switches
 * to the shell (and the setup page unmounts) while customers and their history are still being written. The home
 * page shows the progress; if the load fails, the loader wipes what it wrote, the setup page comes back and shows
 * the error kept here.
 */
interface DemoLoadState {
  status: 'idle' | 'loading' | 'failed'
  country: Country | null
  done: number
  total: number
  error: unknown
}

export const useDemoLoad = create<DemoLoadState>(() => ({ status: 'idle', country: null, done: 0, total: 0, error: null }))

export async function startDemoLoad(country: Country): Promise<void> {
  if (useDemoLoad.getState().status === 'loading') return
  useDemoLoad.setState({ status: 'loading', country, done: 0, total: 0, error: null })
  try {
    await loadDemoCompany(ctx, { country, today: today(), onProgress: (done, total) => useDemoLoad.setState({ done, total }) })
    useDemoLoad.setState({ status: 'idle' })
  } catch (error) {
    useDemoLoad.setState({ status: 'failed', error })
  }
}

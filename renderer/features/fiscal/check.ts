/**
 * The chains' check at start (Spanish companies): runs once the app is up, in the background, and keeps its result
 * for the page and the banner. The DB layer logs the start event and any anomaly.
 */
import { create } from 'zustand'
import { runFiscalCheck, type FiscalCheck } from '../../db/repos/fiscal/verify'
import { localCheckpoints } from '../../lib/fiscalCheckpoints'
import { ctx } from '../../lib/ctx'

interface FiscalCheckState {
  result: FiscalCheck | null
  at: string | null
  running: boolean
  error: unknown
}

export const useFiscalCheck = create<FiscalCheckState>(() => ({ result: null, at: null, running: false, error: null }))

export async function checkFiscalChains(occasion: 'start' | 'manual'): Promise<void> {
  useFiscalCheck.setState({ running: true, error: null })
  try {
    const result = await runFiscalCheck(ctx, occasion, localCheckpoints)
    useFiscalCheck.setState({ result, at: ctx.now().toISOString(), running: false })
  } catch (error) {
    useFiscalCheck.setState({ running: false, error })
  }
}

/** Called once from main.tsx after the app renders (not blocking it). */
export function startFiscalCheck(): void {
  setTimeout(() => void checkFiscalChains('start'), 1_500)
}

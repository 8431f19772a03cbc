import { useLiveQuery } from 'dexie-react-hooks'
import { getCompany } from '../../db/repos/company'
import { ctx } from '../../lib/ctx'
import type { CompanySettings } from '../../domain/types'

/** The company settings, live; undefined while loading or before setup. */
export function useCompany(): CompanySettings | undefined {
  return useLiveQuery(() => getCompany(ctx), [])
}

/** 'loading' until the database answered, then whether a company exists. */
export function useSetupState(): 'loading' | 'needsSetup' | 'ready' {
  const state = useLiveQuery(async () => ((await getCompany(ctx)) ? 'ready' : 'needsSetup'), [])
  return state ?? 'loading'
}

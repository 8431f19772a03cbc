/**
 * The owner override, as one call: `withOwnerOverride(action)` runs `action(ctx)`; if the repositories refuse it
 * for a right the owner may grant (e.g. invoicing a customer on credit hold), the override dialog asks for the
 * owner's password and a reason, then runs the action once more with the grant. Resolves to the action's result,
 * or to undefined when the person cancels. Any other error is thrown as is.
 */
import { create } from 'zustand'
import type { Ctx } from '../../db/context'
import { isDomainError } from '../../domain/errors'
import { overridable, type Right } from '../../domain/users/rights'
import type { OverrideGrant } from '../../db/rights'
import { ctx } from '../../lib/ctx'

interface PendingOverride {
  right: Right
  resolve: (grant: OverrideGrant | null) => void
}

export const useOverrideRequest = create<{ pending: PendingOverride | null }>(() => ({ pending: null }))

function askOwner(right: Right): Promise<OverrideGrant | null> {
  return new Promise((resolve) => {
    useOverrideRequest.setState({
      pending: {
        right,
        resolve: (grant) => {
          useOverrideRequest.setState({ pending: null })
          resolve(grant)
        },
      },
    })
  })
}

export function refusedRight(err: unknown): Right | null {
  if (!isDomainError(err) || err.code !== 'rights.denied') return null
  return (err.params['right'] as Right | undefined) ?? null
}

export async function withOwnerOverride<T>(action: (c: Ctx) => Promise<T>): Promise<T | undefined> {
  try {
    return await action(ctx)
  } catch (err) {
    const right = refusedRight(err)
    if (!right || !overridable(ctx.role, right)) throw err
    const grant = await askOwner(right)
    if (!grant) return undefined
    return action({ ...ctx, override: grant })
  }
}

/**
 * Rights are enforced where data is written: a clerk or an accountant calling the repositories directly is refused
 * with rights.denied and nothing changes; an owner override (password + reason) lets a clerk do one refused thing,
 * and the trail shows who allowed it and why.
 */
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { issueGrant } from '../../../../renderer/db/rights'
import { listAudit } from '../../../../renderer/db/repos/auditLog'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { createCustomer, getCustomer, updateCustomer } from '../../../../renderer/db/repos/customers'
import { issueInvoice, saveDraft } from '../../../../renderer/db/repos/invoices'
import { logInteraction } from '../../../../renderer/db/repos/interactions'
import { deletePayment } from '../../../../renderer/db/repos/paymentReversal'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { saveCompany } from '../../../../renderer/db/repos/company'
import { createUser } from '../../../../renderer/db/repos/users/users'
import { verifyOwnerOverride } from '../../../../renderer/db/repos/users/session'
import { verifyAudit } from '../../../../renderer/db/repos/auditLog'
import { can, RIGHTS } from '../../../../renderer/domain/users/rights'
import { customerInput, ES_COMPANY, esSetup, expectRefused, line } from '../helpers'

const FAST = { iterations: 1000 }
const as = (ctx: Ctx, role: Ctx['role'], user: string = role): Ctx => ({ ...ctx, role, user })

async function issued(ctx: Ctx, customerId: string, cents: number) {
  const d = await saveDraft(ctx, { customerId, issueDate: '2026-11-02', lines: [line({ quantity: 1, unitPrice: cents, vatRate: 0 })] })
  return issueInvoice(ctx, d.id)
}

describe('roles', () => {
  it('owner holds every right, the accountant none, the clerk the day-to-day ones', () => {
    expect(RIGHTS.every((r) => can('owner', r))).toBe(true)
    expect(RIGHTS.some((r) => can('accountant', r))).toBe(false)
    const clerk = RIGHTS.filter((r) => can('clerk', r))
    expect(clerk).toEqual(['customers.write', 'invoices.write', 'payments.write', 'interactions.write', 'products.write', 'bank.import'])
  })
})

describe('clerk', () => {
  it('records customers, invoices, payments and calls', async () => {
    const { ctx, customer } = await esSetup()
    const clerk = as(ctx, 'clerk', 'Lucía')
    const other = await createCustomer(clerk, customerInput({ legalName: 'Frutas Nieto, S.L.', taxId: 'B11111119', terms: { kind: 'net', days: 30 } }))
    const inv = await issued(clerk, customer.id, 12100)
    await recordPayment(clerk, { customerId: customer.id, date: '2026-11-10', amount: 5000, method: 'transfer' })
    await logInteraction(clerk, { customerId: other.id, type: 'call', outcome: 'reached', text: 'Paga el viernes', today: '2026-11-23' })
    expect(inv.fullNumber).not.toBe('')
    const trail = await listAudit(ctx, {}, null, 50)
    expect(trail.rows.some((r) => r.user === 'Lucía' && r.entity === 'payment')).toBe(true)
  })

  it('cannot delete a payment, issue a credit note, change terms or credit limit, or settings', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, 12100)
    const pay = await recordPayment(ctx, { customerId: customer.id, date: '2026-11-10', amount: 5000, method: 'transfer' })
    const clerk = as(ctx, 'clerk')
    const e = await expectRefused(ctx, () => deletePayment(clerk, pay.id, 'typed twice'), 'rights.denied')
    expect(e.params).toEqual({ right: 'payments.delete', role: 'clerk' })
    await expectRefused(
      ctx,
      () => issueCreditNote(clerk, { invoiceId: inv.id, issueDate: '2026-11-11', reason: 'Devolución', whole: true }),
      'rights.denied',
    )
    await expectRefused(ctx, () => updateCustomer(clerk, customer.id, customerInput({ creditLimit: 900000 })), 'rights.denied')
    await expectRefused(ctx, () => updateCustomer(clerk, customer.id, customerInput({ terms: { kind: 'net', days: 90 } })), 'rights.denied')
    await expectRefused(ctx, () => saveCompany(clerk, ES_COMPANY), 'rights.denied')
    // Creating a customer with anything but the default terms is a terms decision too.
    await expectRefused(ctx, () => createCustomer(clerk, customerInput({ taxId: 'B11111119', creditLimit: 100 })), 'rights.denied')
  })

  it('may change a customer’s contact data without touching terms', async () => {
    const { ctx, customer } = await esSetup()
    await updateCustomer(as(ctx, 'clerk'), customer.id, customerInput({ phone: '+34 600 000 000' }))
    expect((await getCustomer(ctx, customer.id))?.phone).toBe('+34 600 000 000')
  })
})

describe('accountant', () => {
  it('writes nothing', async () => {
    const { ctx, customer } = await esSetup()
    const acc = as(ctx, 'accountant')
    await expectRefused(ctx, () => recordPayment(acc, { customerId: customer.id, date: '2026-11-10', amount: 5000, method: 'transfer' }), 'rights.denied')
    await expectRefused(ctx, () => logInteraction(acc, { customerId: customer.id, type: 'call', outcome: 'reached', text: '', today: '2026-11-23' }), 'rights.denied')
    await expectRefused(ctx, () => createCustomer(acc, customerInput({ taxId: 'B11111119' })), 'rights.denied')
    await expectRefused(ctx, () => saveDraft(acc, { customerId: customer.id, issueDate: '2026-11-02', lines: [line()] }), 'rights.denied')
  })
})

describe('credit hold and the owner override', () => {
  async function onHold() {
    const { ctx, customer } = await esSetup()
    await updateCustomer(ctx, customer.id, customerInput({ creditLimit: 10000 }))
    const owner = await createUser(ctx, { name: 'Carmen', role: 'owner', password: 'sierra-norte-1' }, FAST)
    const clerk = as(ctx, 'clerk', 'Lucía')
    const draft = await saveDraft(clerk, { customerId: customer.id, issueDate: '2026-11-02', lines: [line({ quantity: 1, unitPrice: 20000, vatRate: 0 })] })
    return { ctx, customer, owner, clerk, draft }
  }

  it('a clerk cannot invoice beyond the credit limit; the owner can', async () => {
    const { ctx, clerk, draft } = await onHold()
    const e = await expectRefused(ctx, () => issueInvoice(clerk, draft.id), 'rights.denied')
    expect(e.params['right']).toBe('invoices.overLimit')
    const inv = await issueInvoice(ctx, draft.id)
    expect(inv.lifecycle).toBe('issued')
  })

  it('with the owner’s password and a reason the clerk issues it, and the trail names both', async () => {
    const { ctx, owner, clerk, draft } = await onHold()
    const grant = await verifyOwnerOverride(clerk, { ownerId: owner.id, password: 'sierra-norte-1', reason: 'Pagará el lunes, acordado', right: 'invoices.overLimit' })
    const inv = await issueInvoice({ ...clerk, override: grant }, draft.id)
    expect(inv.lifecycle).toBe('issued')
    const rows = (await listAudit(ctx, {}, null, 10)).rows
    const o = rows.find((r) => r.entity === 'override')
    expect(o?.user).toBe('Lucía')
    expect(o?.after).toEqual({ right: 'invoices.overLimit', grantedBy: 'Carmen', reason: 'Pagará el lunes, acordado' })
    const issue = rows.find((r) => r.entity === 'invoice' && r.action === 'issue')
    expect(issue && o && issue.id! > o.id!).toBe(true)
    expect((await verifyAudit(ctx)).ok).toBe(true)
  })

  it('refuses a wrong password, a missing reason, another right, or a hand-made grant', async () => {
    const { ctx, owner, clerk, draft } = await onHold()
    await expect(verifyOwnerOverride(clerk, { ownerId: owner.id, password: 'wrong-password', reason: 'x'.repeat(5), right: 'invoices.overLimit' })).rejects.toMatchObject({ code: 'users.wrongPassword' })
    await expect(verifyOwnerOverride(clerk, { ownerId: owner.id, password: 'sierra-norte-1', reason: ' ', right: 'invoices.overLimit' })).rejects.toMatchObject({ code: 'users.overrideReasonRequired' })
    await expect(verifyOwnerOverride(clerk, { ownerId: owner.id, password: 'sierra-norte-1', reason: 'porque sí', right: 'users.manage' })).rejects.toMatchObject({ code: 'rights.notOverridable' })
    const other = await verifyOwnerOverride(clerk, { ownerId: owner.id, password: 'sierra-norte-1', reason: 'devolución', right: 'creditNotes.issue' })
    await expectRefused(ctx, () => issueInvoice({ ...clerk, override: other }, draft.id), 'rights.denied')
    const forged = { id: 'x', right: 'invoices.overLimit' as const, grantedBy: 'Carmen', reason: 'forged', at: new Date().toISOString() }
    await expectRefused(ctx, () => issueInvoice({ ...clerk, override: forged }, draft.id), 'rights.denied')
  })

  it('a grant expires after a few minutes', async () => {
    const { ctx, clerk, draft } = await onHold()
    const grant = issueGrant({ right: 'invoices.overLimit', grantedBy: 'Carmen', reason: 'ok', at: '2026-11-23T09:00:00.000Z' })
    await expectRefused(ctx, () => issueInvoice({ ...clerk, override: grant }, draft.id), 'rights.denied')
  })
})

import { useEffect, useRef, useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { ctx } from '../../../lib/ctx'
import { searchCustomers } from '../../../db/repos/customers'
import type { Customer } from '../../../domain/types'
import { Combobox } from './Combobox'

export interface CustomerPickerProps {
  value: Customer | null
  onChange: (customer: Customer) => void
  testId: string
  id?: string
  autoFocus?: boolean
  inputRef?: Ref<HTMLInputElement>
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

function label(c: Customer): string {
  return c.tradeName && c.tradeName !== c.legalName ? `${c.legalName} (${c.tradeName})` : c.legalName
}

/** Searchable customer field: type a name, code or tax id, pick with the arrows and Enter. */
export function CustomerPicker({ value, onChange, testId, ...rest }: CustomerPickerProps) {
  const { t } = useTranslation('invoices')
  const [text, setText] = useState(value ? label(value) : '')
  const [shownId, setShownId] = useState(value?.id ?? null)
  // The label of the customer chosen last (read on blur, which may come before the parent re-renders).
  const chosenLabel = useRef(value ? label(value) : '')
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null)
    setText(value ? label(value) : '')
  }
  useEffect(() => {
    chosenLabel.current = value ? label(value) : ''
  }, [value])
  return (
    <Combobox<Customer>
      {...rest}
      testId={testId}
      text={text}
      onTextChange={setText}
      openOnEmptyFocus
      placeholder={t('customerPicker.placeholder')}
      noResults={t('customerPicker.none')}
      search={(q) => searchCustomers(ctx, q, 8)}
      itemKey={(c) => c.id}
      onPick={(c) => {
        chosenLabel.current = label(c)
        setText(label(c))
        setShownId(c.id)
        onChange(c)
      }}
      onEnterWithoutPick={() => setText(chosenLabel.current || text)}
      onBlur={() => setText(chosenLabel.current)}
      renderItem={(c) => (
        <div className="combobox-item">
          <span className="combobox-main">{label(c)}</span>
          <span className="combobox-meta">
            {c.code} · {c.taxId} · {c.address.city}
          </span>
        </div>
      )}
    />
  )
}

import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { ctx } from '../../../lib/ctx'
import { searchProducts } from '../../../db/repos/products'
import { normalizeText } from '../../../domain/search'
import type { Product } from '../../../domain/types'
import { useFormat } from '../../../lib/format'
import { Combobox } from '../components/Combobox'

/** Catalog search where exact code matches come first, then codes that start with what was typed. */
async function findProducts(query: string): Promise<Product[]> {
  const found = await searchProducts(ctx, query, 8)
  const q = normalizeText(query).replace(/\s+/g, '')
  const rank = (p: Product) => {
    const code = normalizeText(p.code)
    return code === q ? 0 : code.startsWith(q) ? 1 : 2
  }
  return [...found].sort((a, b) => rank(a) - rank(b))
}

export interface ProductCodeInputProps {
  value: string
  onChange: (text: string) => void
  onPick: (product: Product) => void
  onEnterWithoutPick: () => void
  /** A product matching the code, found after Enter had already moved on to the description. */
  onLatePick: (product: Product) => void
  onBlur: () => void
  inputRef: Ref<HTMLInputElement>
  testId: string
  ariaLabel: string
}

/** The code cell of an invoice line: type a code or a name, Enter adds the product. */
export function ProductCodeInput(props: ProductCodeInputProps) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  return (
    <Combobox<Product>
      className="line-code"
      text={props.value}
      onTextChange={props.onChange}
      search={findProducts}
      itemKey={(p) => p.id}
      onPick={props.onPick}
      onEnterWithoutPick={props.onEnterWithoutPick}
      onLatePick={props.onLatePick}
      onBlur={props.onBlur}
      inputRef={props.inputRef}
      testId={props.testId}
      ariaLabel={props.ariaLabel}
      placeholder={t('lines.codePlaceholder')}
      renderItem={(p) => (
        <div className="combobox-item">
          <span className="combobox-main">
            <span className="combobox-code">{p.code}</span> {p.name}
          </span>
          <span className="combobox-meta">
            {fmt.money(p.unitPrice)} / {p.unit} · {fmt.percent(p.vatRate)}
          </span>
        </div>
      )}
    />
  )
}

import type { ReactNode } from 'react'

export interface Choice<V extends string> {
  value: V
  label: ReactNode
  description: ReactNode
}

/** Radio buttons laid out as cards: a title and a line on what each choice gives. */
export function ChoiceList<V extends string>(props: {
  name: string
  label: string
  choices: readonly Choice<V>[]
  value: V
  onChange: (value: V) => void
  testIdPrefix: string
  disabled?: boolean
  columns?: 1 | 2
}) {
  const { name, label, choices, value, onChange, testIdPrefix, disabled, columns = 1 } = props
  return (
    <div className={`export-choices cols-${columns}`} role="radiogroup" aria-label={label}>
      {choices.map((c) => (
        <label key={c.value} className={`export-choice ${c.value === value ? 'is-selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={c.value === value}
            disabled={disabled}
            onChange={() => onChange(c.value)}
            data-testid={`${testIdPrefix}-${c.value}`}
          />
          <span className="export-choice-text">
            <span className="export-choice-label">{c.label}</span>
            <span className="export-choice-description">{c.description}</span>
          </span>
        </label>
      ))}
    </div>
  )
}

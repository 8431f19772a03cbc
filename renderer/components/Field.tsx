import { useId, type ReactElement, type ReactNode, cloneElement } from 'react'

export interface FieldProps {
  label: ReactNode
  error?: string | undefined
  hint?: ReactNode
  /** The single input/select/textarea; it receives id and aria attributes. */
  children: ReactElement<Record<string, unknown>>
  className?: string
}

/** A labelled form control with its validation message underneath. */
export function Field({ label, error, hint, children, className = '' }: FieldProps) {
  const id = useId()
  const errorId = `${id}-error`
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  })
  return (
    <div className={`field ${error ? 'has-error' : ''} ${className}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && !error ? <div className="field-hint">{hint}</div> : null}
      {error ? (
        <div className="field-error" id={errorId} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  )
}

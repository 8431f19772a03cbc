import { useId, type InputHTMLAttributes, type ReactNode } from 'react'

/** A checkbox with its label on the right, aligned with the inputs of a form grid row. */
export function CheckField({ label, hint, className = '', ...input }: { label: ReactNode; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId()
  return (
    <div className={`check-field ${className}`}>
      <input type="checkbox" id={id} {...input} />
      <label htmlFor={id}>
        {label}
        {hint ? <span className="field-hint"> {hint}</span> : null}
      </label>
    </div>
  )
}

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react'

export interface ComboboxProps<T> {
  text: string
  onTextChange: (text: string) => void
  /** Suggestions for what was typed (an indexed repository search). */
  search: (query: string) => Promise<T[]>
  itemKey: (item: T) => string
  renderItem: (item: T) => ReactNode
  onPick: (item: T) => void
  /** Enter when there is no suggestion to pick (e.g. a free text line). */
  onEnterWithoutPick?: () => void
  /** Show suggestions when the empty field gets focus (customers: the first ones by name). */
  openOnEmptyFocus?: boolean
  /** Shown as the last row when the search found nothing. */
  noResults?: ReactNode
  inputRef?: Ref<HTMLInputElement>
  id?: string
  testId?: string
  placeholder?: string
  ariaLabel?: string
  className?: string
  autoFocus?: boolean
  onBlur?: () => void
  invalid?: boolean
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

/**
 * A text field with a list of suggestions, driven from the keyboard: type, arrows, Enter picks, Escape closes.
 * Enter pressed while a search is still running waits for it, so fast typists get what they typed.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { text, onTextChange, search, itemKey, renderItem, onPick, onEnterWithoutPick, openOnEmptyFocus = false, inputRef, ...rest } = props
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [items, setItems] = useState<T[]>([])
  const [active, setActive] = useState(0)
  const latest = useRef<{ n: number; items: T[]; pending: Promise<void> | null }>({ n: 0, items: [], pending: null })
  const listRef = useRef<HTMLUListElement>(null)
  const activeRef = useRef(0)
  function moveTo(i: number) {
    activeRef.current = i
    setActive(i)
  }

  function runSearch(query: string) {
    const n = ++latest.current.n
    const pending = search(query).then(
      (found) => {
        if (n !== latest.current.n) return
        latest.current.items = found
        latest.current.pending = null
        setItems(found)
        moveTo(0)
        setOpen(true)
      },
      () => {
        if (n === latest.current.n) latest.current.pending = null
      },
    )
    latest.current.pending = pending
  }

  function close() {
    latest.current.n++
    latest.current.pending = null
    latest.current.items = []
    setOpen(false)
    setItems([])
  }

  function pick(item: T) {
    close()
    onPick(item)
  }

  useEffect(() => {
    const el = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')
    el?.scrollIntoView?.({ block: 'nearest' })
  }, [active])

  async function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!open) {
        runSearch(text)
        return
      }
      const delta = e.key === 'ArrowDown' ? 1 : -1
      moveTo(items.length === 0 ? 0 : (activeRef.current + delta + items.length) % items.length)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (latest.current.pending) await latest.current.pending
      const found = latest.current.items
      const chosen = found[Math.min(activeRef.current, found.length - 1)]
      if (chosen !== undefined) pick(chosen)
      else {
        close()
        onEnterWithoutPick?.()
      }
    } else if (e.key === 'Escape' && open) {
      e.preventDefault()
      e.stopPropagation()
      close()
    }
  }

  const activeItem = open ? items[active] : undefined
  return (
    <div className={`combobox ${rest.className ?? ''}`}>
      <input
        ref={inputRef}
        id={rest.id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeItem !== undefined ? `${listId}-${itemKey(activeItem)}` : undefined}
        aria-label={rest.ariaLabel}
        aria-invalid={rest['aria-invalid'] ?? (rest.invalid || undefined)}
        aria-describedby={rest['aria-describedby']}
        data-testid={rest.testId}
        placeholder={rest.placeholder}
        autoFocus={rest.autoFocus}
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value)
          if (e.target.value.trim() || openOnEmptyFocus) runSearch(e.target.value)
          else close()
        }}
        onFocus={(e) => {
          e.target.select()
          if (openOnEmptyFocus && !text.trim()) runSearch('')
        }}
        onBlur={() => {
          close()
          rest.onBlur?.()
        }}
        onKeyDown={(e) => void onKeyDown(e)}
      />
      {open ? (
        <ul ref={listRef} id={listId} role="listbox" className="combobox-list">
          {items.map((item, i) => (
            <li
              key={itemKey(item)}
              id={`${listId}-${itemKey(item)}`}
              role="option"
              aria-selected={i === active}
              className={`combobox-option ${i === active ? 'is-active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault()
                pick(item)
              }}
              onMouseEnter={() => moveTo(i)}
            >
              {renderItem(item)}
            </li>
          ))}
          {items.length === 0 && rest.noResults ? <li className="combobox-empty">{rest.noResults}</li> : null}
        </ul>
      ) : null}
    </div>
  )
}

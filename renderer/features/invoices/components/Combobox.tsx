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
  /** A match for what was typed, found after Enter had already moved on (see onEnter). */
  onLatePick?: (item: T) => void
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
 * Suggestions come from an async (indexed) search; answers to superseded searches are dropped.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { text, onTextChange, search, itemKey, renderItem, onPick, onEnterWithoutPick, onLatePick, openOnEmptyFocus = false, inputRef, ...rest } = props
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [items, setItems] = useState<T[]>([])
  const [active, setActive] = useState(0)
  /** The results shown (and for which query), and a counter that drops answers to superseded searches. */
  const latest = useRef<{ n: number; query: string | null; items: T[]; typed: boolean }>({ n: 0, query: null, items: [], typed: false })
  const listRef = useRef<HTMLUListElement>(null)
  const activeRef = useRef(0)
  function moveTo(i: number) {
    activeRef.current = i
    setActive(i)
  }

  function runSearch(query: string) {
    const n = ++latest.current.n
    search(query).then(
      (found) => {
        if (n !== latest.current.n) return
        latest.current.items = found
        latest.current.query = query
        setItems(found)
        moveTo(0)
        setOpen(true)
      },
      () => undefined,
    )
  }

  function close() {
    latest.current = { n: latest.current.n + 1, query: null, items: [], typed: false }
    setOpen(false)
    setItems([])
  }

  useEffect(() => {
    const el = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')
    el?.scrollIntoView?.({ block: 'nearest' })
  }, [active])

  /**
   * Enter picks the highlighted suggestion for exactly what is in the field. When the suggestions of what was
   * just typed have not arrived yet: with `onLatePick`, Enter moves on at once (as for free text) and a match
   * found afterwards is handed to onLatePick, so nothing typed meanwhile lands in this field; without it, Enter
   * waits for the search. Without typing, Enter just moves on.
   */
  async function onEnter(input: HTMLInputElement) {
    const query = input.value
    const state = latest.current
    if (state.query === query || !state.typed) {
      const chosen = state.query === query ? state.items[Math.min(activeRef.current, state.items.length - 1)] : undefined
      close()
      if (chosen !== undefined) onPick(chosen)
      else onEnterWithoutPick?.()
      return
    }
    close()
    if (onLatePick) {
      onEnterWithoutPick?.()
      const found = await search(query).catch(() => [] as T[])
      if (found[0] !== undefined) onLatePick(found[0])
      return
    }
    const found = await search(query).catch(() => [] as T[])
    if (found[0] !== undefined) onPick(found[0])
    else onEnterWithoutPick?.()
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!open) {
        latest.current.typed = true
        runSearch(text)
        return
      }
      const delta = e.key === 'ArrowDown' ? 1 : -1
      moveTo(items.length === 0 ? 0 : (activeRef.current + delta + items.length) % items.length)
    } else if (e.key === 'Enter') {
      if (e.nativeEvent.isComposing) return
      e.preventDefault()
      void onEnter(e.currentTarget)
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
          latest.current.typed = true
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
        onKeyDown={onKeyDown}
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
                close()
                onPick(item)
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

import { create } from 'zustand'

export interface Toast {
  id: number
  tone: 'success' | 'error' | 'info'
  text: string
}

interface ToastState {
  toasts: Toast[]
  push: (tone: Toast['tone'], text: string) => void
  dismiss: (id: number) => void
}

let nextId = 1

/** Transient notifications (UI state only). */
export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  push: (tone, text) => {
    const id = nextId++
    set((s) => ({ toasts: [...s.toasts, { id, tone, text }] }))
    setTimeout(() => set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) })), tone === 'error' ? 9000 : 4000)
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) })),
}))

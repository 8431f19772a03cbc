/** Renderer-side declaration of what the preload exposes. */
import type { CobroApi } from './channels'

declare global {
  interface Window {
    cobro: CobroApi
  }
}

export {}

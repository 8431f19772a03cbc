import { StrictMode } from 'react'
import { z } from 'zod'
import { createRoot } from 'react-dom/client'
import { initI18n } from './lib/i18n'
import { App } from './app/App'
import './styles.css'

// zod's fast path probes `new Function('')`, which our CSP (no 'unsafe-eval') reports as a violation: skip it.
z.config({ jitless: true })
initI18n()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

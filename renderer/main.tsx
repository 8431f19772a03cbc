import './lib/zodConfig'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from './lib/i18n'
import { App } from './app/App'
import { StartupBackupError } from './features/backup/StartupBackupError'
import { prepareDatabase, startBackgroundBackups } from './features/backup/wiring'
import { startFiscalCheck } from './features/fiscal/check'
import './styles.css'

initI18n()
const root = document.getElementById('root')
if (root) {
  const reactRoot = createRoot(root)
  // Before the app opens (and so upgrades) its database: the backup of an older one (renderer/db/backup/startup.ts).
  void prepareDatabase().then((failure) => {
    reactRoot.render(<StrictMode>{failure ? <StartupBackupError error={failure} /> : <App />}</StrictMode>)
    if (!failure) {
      startBackgroundBackups()
      // Spain: verify the invoice records' chains and log the start (in the background).
      startFiscalCheck()
    }
  })
}

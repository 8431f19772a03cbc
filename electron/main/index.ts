/**
 * Main process: pinned userData folder, single instance, one hardened window, the IPC handlers.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, shell } from 'electron'
import { QUIT_REQUESTED_EVENT } from '../contract/backup'
import { createQuitGuard, setActiveQuitGuard } from './backups/quitGuard'
import { createHandlers } from './handlers'
import { registerIpc } from './ipc'
import { installSecurity, secureWebPreferences } from './security'

// Before 'ready': the database (IndexedDB) lives here, whatever the package or product name becomes.
app.setPath('userData', join(app.getPath('appData'), 'Cobro'))
app.enableSandbox()

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const rendererFile = join(import.meta.dirname, '../renderer/index.html')
const rendererUrl = devServerUrl ?? pathToFileURL(rendererFile).href
const preloadPath = join(import.meta.dirname, '../preload/index.cjs')

let mainWindow: BrowserWindow | null = null
/** Set by Cmd+Q / app.quit(): once the quit backup is done and the window closed, the app quits (macOS too). */
let quitRequested = false

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Cobro',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  })
  win.once('ready-to-show', () => win.show())
  // Backup on quit: hold the first close, let the renderer write its backup, then close (electron/main/backups/quitGuard.ts).
  const quitGuard = createQuitGuard({
    requestBackup: () => {
      if (win.webContents.isDestroyed() || win.webContents.isCrashed()) return false
      win.webContents.send(QUIT_REQUESTED_EVENT)
      return true
    },
    close: () => win.close(),
  })
  setActiveQuitGuard(quitGuard)
  win.on('close', (event) => quitGuard.onClose(event))
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
    if (quitRequested) app.quit()
  })
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadFile(rendererFile)
  return win
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)

  void app.whenReady().then(() => {
    installSecurity({ rendererUrl, devServerUrl })
    const handlers = createHandlers({
      dialogs: {
        showSaveDialog: (opts) =>
          mainWindow && !mainWindow.isDestroyed() ? dialog.showSaveDialog(mainWindow, opts) : dialog.showSaveDialog(opts),
        showOpenDialog: (opts) => {
          const { directory, ...rest } = opts
          type Property = 'openFile' | 'openDirectory' | 'createDirectory'
          const properties: Property[] = directory ? ['openDirectory', 'createDirectory'] : ['openFile']
          const options = { ...rest, properties }
          return mainWindow && !mainWindow.isDestroyed() ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)
        },
      },
      paths: { documentsDir: join(app.getPath('documents'), 'Cobro'), userDataDir: app.getPath('userData') },
      openPath: (path) => shell.openPath(path),
      appVersion: app.getVersion(),
      platform: process.platform,
    })
    registerIpc(handlers, rendererUrl)
    mainWindow = createWindow()

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
    })
  })

  app.on('before-quit', () => {
    quitRequested = true
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

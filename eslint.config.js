import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import i18next from 'eslint-plugin-i18next'
import globals from 'globals'

/** Raw Electron IPC is allowed only in the bridge: main/ipc.ts registers handlers, preload builds window.cobro. */
const rawIpc = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', importNames: ['ipcRenderer', 'ipcMain'], message: 'Use the typed IPC contract: ipcMain only in electron/main/ipc.ts, ipcRenderer only in electron/preload.' },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "MemberExpression[object.name='electron'][property.name=/^ipc(Main|Renderer)$/]", message: 'Raw IPC outside the bridge.' },
  ],
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/e2e/artifacts/**', 'bench-results/**', '.bench-cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      ...rawIpc,
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Every visible string goes through i18next: literal text in JSX is an error.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer talks to main only through lib/bridge.ts (window.cobro).' }] }],
    },
  },
  {
    files: ['renderer/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-*', 'dexie', 'dexie-*', 'electron', 'zustand', '../db/*', '../features/*', '../lib/*'], message: 'renderer/domain stays pure: no React, Dexie, Electron or UI imports.' }] },
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Domain functions take `today` as an argument.' }],
    },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
)

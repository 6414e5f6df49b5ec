// Registers the service worker of the served build (scripts/offline-plugin.ts); in the one-file build and in
// tests the register call does nothing. A new version waits, installed, until the reader chooses to reload.
import { create } from 'zustand'

interface AppUpdateState {
  /** A new version is installed and waits for a reload. */
  readonly waiting: boolean
  /** Hands control to the new version and reloads the page. */
  readonly reload: () => void
}

export const useAppUpdate = create<AppUpdateState>()(() => ({ waiting: false, reload: () => undefined }))

/** Loaded apart from the entry (workbox-window is 2 kB compressed), since the first screen never waits for it. */
export async function registerServiceWorker(): Promise<void> {
  const { registerSW } = await import('virtual:pwa-register')
  const update = registerSW({ onNeedRefresh: () => useAppUpdate.setState({ waiting: true }) })
  useAppUpdate.setState({ reload: () => void update(true) })
}

// The service worker that makes the served app work offline after the first visit: Workbox, through
// vite-plugin-pwa, precaches every file of the build (entry, every view's and chart's chunk, the data chunk, the
// validator, the export code, styles, icon), so each view, the deck, exports and import open with no network.
// A new build waits until the reader chooses "Reload to update" (src/app/update-prompt.tsx), so code is never
// swapped under an open page. The one-file build (file://, where service workers do not run) gets none: there the
// plugin only answers the app's register call with a no-op.
import { VitePWA } from 'vite-plugin-pwa'

export function offlinePlugin({ enabled }: { readonly enabled: boolean }) {
  return VitePWA({
    disable: !enabled,
    registerType: 'prompt',
    // The app registers it (src/app/service-worker.ts), so the prompt can be React's.
    injectRegister: false,
    manifest: {
      name: 'Union State Roadmap Tracker',
      short_name: 'Roadmap Tracker',
      description:
        'Sourced tracker of the Russia–Belarus integration roadmaps (2019), union programmes (2021) and the 2024–2026 package.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d3557',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
      // Every link (?view=board&…) opens the same page, from the cache when offline.
      navigateFallback: 'index.html',
      // A retried chunk (src/lib/retry-import.ts) is the same file; tracking parameters change nothing either.
      ignoreURLParametersMatching: [/^retry$/, /^utm_/],
      cleanupOutdatedCaches: true,
      // The recharts chunk is the largest file, about 390 kB; the default limit (2 MB) would do, with room.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  })
}

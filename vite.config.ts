import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { configDefaults } from 'vitest/config'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { checkedDataPlugin } from './scripts/checked-data-plugin.ts'
import { codeSplitting } from './scripts/chunking.ts'
import { contentSecurityPolicyPlugin } from './scripts/csp-plugin.ts'
import { FEED_FILE } from './scripts/atom-feed.ts'
import { feedPlugin } from './scripts/feed-plugin.ts'
import { siteUrl } from './scripts/site.ts'
import { HOST_HEADERS } from './scripts/host-headers.ts'
import { offlinePlugin } from './scripts/offline-plugin.ts'
import { staticShellPlugin } from './scripts/static-shell-plugin.ts'

/** The .ts tests that need a page: they use document, window, localStorage or the DOMParser. */
const PAGE_TESTS = [
  'scripts/feed-plugin.test.ts',
  'src/app/first-paint.test.ts',
  'src/export/embed-snippet.test.ts',
  'src/export/figure-svg.test.ts',
  'src/features/briefing/deck-commands.test.ts',
  'src/state/custom-data-store.test.ts',
]

/** The published address (SITE_URL, else package.json's homepage), for the feed's absolute links. */
const site = siteUrl()

// `vite build --mode singlefile` writes one self-contained dist-single/index.html that opens from file://.
export default defineConfig(({ mode }) => ({
  // The policy plugin comes last: in the one-file build it hashes the code the single-file plugin inlined.
  plugins: [
    react(),
    checkedDataPlugin(fileURLToPath(new URL('data/', import.meta.url)), { packed: mode === 'singlefile' }),
    staticShellPlugin({ inlineFirstPaint: mode === 'singlefile' }),
    feedPlugin(site),
    ...(mode === 'singlefile' ? [viteSingleFile()] : []),
    offlinePlugin({ enabled: mode === 'production' }),
    contentSecurityPolicyPlugin(),
  ],
  base: './',
  define: { 'import.meta.env.FEED_URL': JSON.stringify(`${site}${FEED_FILE}`) },
  preview: { headers: HOST_HEADERS },
  // The one-file build is a single chunk; the grouping is for the served build.
  build:
    mode === 'singlefile'
      ? { outDir: 'dist-single' }
      : { rolldownOptions: { output: { codeSplitting: codeSplitting() } } },
  // Plain .ts tests run in Node, which starts far faster than jsdom; components and the few .ts tests that use the
  // page run in jsdom. Those are listed here rather than marked per file, because the DOM setup (Testing Library's
  // cleanup, jest-dom's matchers, the recharts stand-in) goes with the environment.
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...PAGE_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.test.tsx', ...PAGE_TESTS],
        },
      },
    ],
  },
}))

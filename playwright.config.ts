import { defineConfig, devices } from '@playwright/test'
// scripts/ensure-chromium.mjs finds (or installs) a Chromium before the run and records its path.
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs'

// E2E_PORT and E2E_OUT let several runs share one checkout without sharing a server or a build folder.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const OUT = process.env.E2E_OUT ?? 'dist'
/** The one-file offline build, for the journey that opens it from file://. */
process.env.E2E_SINGLE_DIR = `${OUT}-single`
const vite = 'node_modules/.bin/vite'

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  outputDir: `test-results/artifacts-${PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The offline journey turns the service worker on; elsewhere it would answer requests a test means to route.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // Type-checking is its own step of `npm test`; here only the bundles are built, then served on loopback.
    command: `${vite} build --outDir ${OUT} && ${vite} build --mode singlefile --outDir ${OUT}-single && ${vite} preview --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})

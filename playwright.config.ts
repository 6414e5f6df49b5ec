import { defineConfig, devices } from '@playwright/test'
import { createServer } from 'node:net'
// scripts/ensure-chromium.mjs finds (or installs) a Chromium before the run and records its path.
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs'

/** A port nothing listens on now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

// The tests start and own their server, on a free port and from a build folder of their own, so a preview someone
// else runs on the usual port (or from dist/) is neither reused nor disturbed. The port is chosen once, by the
// runner, and handed to its workers through the environment. E2E_PORT and E2E_OUT may still be set by hand.
process.env.E2E_PORT ??= String(await freePort())
const PORT = Number(process.env.E2E_PORT)
const OUT = process.env.E2E_OUT ?? `test-results/e2e-build`
/** The one-file offline build, for the journey that opens it from file://. */
process.env.E2E_SINGLE_DIR = `${OUT}-single`
const vite = 'node_modules/.bin/vite'

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Journeys that visit every view and scan each with axe take 20–30 s on a quiet 2-core machine; the default 30 s
  // limit failed them on a busy one. The limit guards against hangs, it measures nothing.
  timeout: 60_000,
  // A chart's code loads on first use and draws after it: on a busy 2-core machine that took over the default 5 s.
  expect: { timeout: 10_000 },
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
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})

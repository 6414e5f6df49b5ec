// How the project's tools start Chromium: the one ensure-chromium.mjs found, with the same flags everywhere.
import { existsSync, readFileSync } from 'node:fs'

/** Where ensure-chromium.mjs records the Chromium it found or installed. */
export const RECORDED_CHROMIUM = 'test-results/chromium-path'

/** $CHROME_PATH, else the recorded one, else Debian's. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  return existsSync(RECORDED_CHROMIUM) ? readFileSync(RECORDED_CHROMIUM, 'utf8').trim() : '/usr/bin/chromium'
}

/** Running as root needs --no-sandbox; the rest keep Chromium off a network it cannot reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

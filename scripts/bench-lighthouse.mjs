// Lighthouse (mobile preset, its default simulated throttling) against the served build, in headless Chromium.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_ARGS } from './chromium.mjs'

// chrome-launcher adds no headless flag itself.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ')

const AUDITS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']

/** Scores (0–1), the main timings, and the accessibility audits that failed, if any. */
export function runLighthouse(url, { chromePath, folder, name }) {
  const output = join(folder, `lighthouse-${name}.json`)
  const result = spawnSync(
    'node_modules/.bin/lighthouse',
    [
      url,
      `--chrome-flags=${CHROME_FLAGS}`,
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, encoding: 'utf8', timeout: 180_000 },
  )
  if (result.status !== 0) {
    throw new Error(`lighthouse failed on ${url}: ${result.stderr || result.error?.message || `exit ${result.status}`}`)
  }
  const report = JSON.parse(readFileSync(output, 'utf8'))
  const failedA11y = report.categories.accessibility.auditRefs
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map((audit) => audit.id)
  return {
    url,
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    timings: Object.fromEntries(AUDITS.map((id) => [id, report.audits[id]?.displayValue ?? null])),
    failedA11y,
    runWarnings: report.runWarnings ?? [],
  }
}

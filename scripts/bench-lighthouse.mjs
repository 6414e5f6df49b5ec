// Lighthouse (mobile preset, its default simulated throttling) against the served build, in headless Chromium.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { CHROMIUM_ARGS } from './chromium.mjs'

// chrome-launcher adds no headless flag itself.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ')

const AUDITS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']

/**
 * Lighthouse's own advice on its variability: the median of five runs is about twice as stable as one. The run
 * reported is the one computeMedianRun picks (median FCP and TTI, as Lighthouse CI does); every run's performance
 * score is listed beside it.
 */
export const LIGHTHOUSE_RUNS = 5

function lighthouseReport(url, { chromePath, output }) {
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
  return JSON.parse(readFileSync(output, 'utf8'))
}

const failedAccessibility = (report) =>
  report.categories.accessibility.auditRefs
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map((audit) => audit.id)

/**
 * Scores (0–1) and main timings of the median run, every run's performance score, and the accessibility audits
 * that failed in any run. Accessibility is the lowest of the runs: it should not move, and if it does, the worst
 * counts.
 */
export function runLighthouse(url, { chromePath, folder, name }) {
  const reports = Array.from({ length: LIGHTHOUSE_RUNS }, (_, run) =>
    lighthouseReport(url, { chromePath, output: join(folder, `lighthouse-${name}-${run + 1}.json`) }),
  )
  const median = computeMedianRun(reports)
  return {
    url,
    performance: median.categories.performance.score,
    performanceRuns: reports.map((report) => report.categories.performance.score),
    accessibility: Math.min(...reports.map((report) => report.categories.accessibility.score)),
    timings: Object.fromEntries(AUDITS.map((id) => [id, median.audits[id]?.displayValue ?? null])),
    tbtMs: median.audits['total-blocking-time']?.numericValue ?? null,
    failedA11y: [...new Set(reports.flatMap(failedAccessibility))],
    runWarnings: [...new Set(reports.flatMap((report) => report.runWarnings ?? []))],
  }
}
